package com.battlescope.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Why a file "does not exist": the causes a root account cannot provoke (permissions) checked on the exception the
 * JDK raises for them; the symbolic link loops themselves are provoked in HostileInputsTest.
 */
class UnreachableFileTest {
    private final Path file = Path.of("/battles/b1/metrics_timeseries.db");

    @Test
    void permissionDeniedNamesTheFolderThatCannotBeRead() {
        assertThat(SqliteFiles.missingReason(file, new AccessDeniedException(file.toString()), "not found", false))
                .isEqualTo("cannot be reached: the folder /battles/b1 is not readable (permission denied; check the "
                        + "folder's permissions)");
    }

    @Test
    void aLinkToNothingIsNotMerelyMissing() {
        assertThat(SqliteFiles.missingReason(file, new NoSuchFileException(file.toString()), "not found", true))
                .isEqualTo("a symbolic link to a missing target");
        assertThat(SqliteFiles.missingReason(file, new NoSuchFileException(file.toString()), "not found", false))
                .isEqualTo("not found");
    }
}
