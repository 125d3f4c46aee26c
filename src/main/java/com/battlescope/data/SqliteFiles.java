package com.battlescope.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Checks a file's SQLite header before any driver touches it, so that foreign files get a clear message. */
public final class SqliteFiles {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteFiles() {
    }

    /** Throws a {@link DataAccessException} unless the file exists and looks like a whole SQLite database. */
    public static void requireSqlite(Path file) {
        if (!Files.exists(file)) {
            throw new DataAccessException(file, missing(file, "file not found"));
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

    /**
     * Why {@code Files.exists} said no: {@code ifAbsent} when nothing is there, else the real cause (a symbolic link
     * loop, a link to nothing, a folder on the way that the user may not read).
     */
    public static String missing(Path path, String ifAbsent) {
        try {
            Files.readAttributes(path, BasicFileAttributes.class);
            return ifAbsent;
        } catch (IOException e) {
            return missingReason(path, e, ifAbsent, Files.isSymbolicLink(path));
        }
    }

    static String missingReason(Path path, IOException e, String ifAbsent, boolean isLink) {
        if (e instanceof AccessDeniedException) {
            Path parent = path.toAbsolutePath().getParent();
            return "cannot be reached: the folder " + parent + " is not readable (permission denied; check the "
                    + "folder's permissions)";
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : "";
        if (reason.toLowerCase(java.util.Locale.ROOT).contains("symbolic link")) {
            return "a symbolic link loop (the link leads back to itself)";
        }
        if (e instanceof NoSuchFileException && isLink) {
            return "a symbolic link to a missing target";
        }
        if (e instanceof NoSuchFileException) {
            return ifAbsent;
        }
        return "cannot be reached (" + (reason.isEmpty() ? e.getClass().getSimpleName() : reason) + ")";
    }

    /** A rollback journal's header magic (journal header, first 8 bytes). */
    private static final byte[] JOURNAL_MAGIC = {(byte) 0xd9, (byte) 0xd5, 0x05, (byte) 0xf9, 0x20, (byte) 0xa1, 0x63,
            (byte) 0xd7};

    public static Path journalFile(Path db) {
        return db.resolveSibling(db.getFileName() + "-journal");
    }

    /**
     * True when a rollback journal with a live header lies beside the file: a writer stopped mid-transaction (or
     * is writing right now). SQLite must roll it back, which needs write access, before anyone may read.
     */
    public static boolean hasHotJournal(Path db) {
        try (InputStream in = Files.newInputStream(journalFile(db))) {
            byte[] head = in.readNBytes(JOURNAL_MAGIC.length);
            return java.util.Arrays.equals(head, JOURNAL_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** The message for a file whose hot journal stops a read. */
    public static String hotJournalProblem(Path db) {
        return "an interrupted transaction must be rolled back first: " + journalFile(db).getFileName() + " is a "
                + "hot rollback journal (the engine stopped in the middle of a write); run 'battlescope maintain --data "
                + db.toAbsolutePath().getParent() + " recover --yes' (or Maintenance > Recover interrupted write…), "
                + "which backs up the files and lets SQLite roll the journal back";
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

    /**
     * The file change counter (header bytes 24..27), or -1 when the file is not a readable SQLite file. Read from
     * the file itself; nothing is written. In WAL mode it changes only when the WAL is checkpointed.
     */
    public static long changeCounter(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(100);
            return header.length == 100 && startsWithMagic(header) ? readInt(header, 24) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Whether the file starts with SQLite's header (false when it cannot be read). */
    public static boolean looksLikeSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(100);
            return header.length == 100 && startsWithMagic(header);
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
