package com.battlescope.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a file's SQLite header before any driver touches it, so that foreign files get a clear message. */
public final class SqliteFiles {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteFiles() {
    }

    /** Throws a {@link DataAccessException} unless the file exists and looks like a whole SQLite database. */
    public static void requireSqlite(Path file) {
        if (!Files.exists(file)) {
            throw new DataAccessException(file, "file not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new DataAccessException(file, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new DataAccessException(file, "not readable (check the file permissions)");
        }
        byte[] header = new byte[100];
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            int n = in.readNBytes(header, 0, header.length);
            if (n == 0) {
                throw new DataAccessException(file, "the file is empty, not an SQLite database");
            }
            if (n < header.length || !startsWithMagic(header)) {
                throw new DataAccessException(file, "not an SQLite database (wrong file header)");
            }
        } catch (IOException e) {
            throw new DataAccessException(file, "cannot be read: " + e.getMessage(), e);
        }
        long pageSize = pageSize(header);
        long pages = readInt(header, 28);
        boolean pageCountValid = readInt(header, 24) == readInt(header, 92);
        if (pageCountValid && pages > 0 && size < pageSize * pages) {
            throw new DataAccessException(file, "truncated or corrupt: " + size + " bytes but the header promises "
                    + pageSize * pages + " (" + pages + " pages)");
        }
    }

    /** True when the database is in WAL mode (header bytes 18/19 = 2). */
    public static boolean isWalMode(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(20);
            return header.length == 20 && header[18] == 2;
        } catch (IOException e) {
            return false;
        }
    }

    public static Path walFile(Path db) {
        return db.resolveSibling(db.getFileName() + "-wal");
    }

    public static Path shmFile(Path db) {
        return db.resolveSibling(db.getFileName() + "-shm");
    }

    static boolean hasNonEmptyWal(Path db) {
        try {
            Path wal = walFile(db);
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean startsWithMagic(byte[] header) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (header[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static long pageSize(byte[] h) {
        int v = ((h[16] & 0xff) << 8) | (h[17] & 0xff);
        return v == 1 ? 65536 : v;
    }

    private static long readInt(byte[] h, int offset) {
        return ((long) (h[offset] & 0xff) << 24) | ((h[offset + 1] & 0xff) << 16)
                | ((h[offset + 2] & 0xff) << 8) | (h[offset + 3] & 0xff);
    }
}
