package com.battlescope.testutil;

import com.battlescope.data.index.IndexStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points BattleScope's data directory (where index files live) at a fresh temporary folder for each test and puts the
 * previous setting back afterwards: {@code @ExtendWith(TempDataDirectory.class)}; {@link PerClass} does it once for
 * all the tests of a class (they share the indexes it builds).
 */
public final class TempDataDirectory implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(TempDataDirectory.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        point(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        restore(context);
    }

    /** One data directory for every test of the class: {@code @ExtendWith(TempDataDirectory.PerClass.class)}. */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            point(context);
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            restore(context);
        }
    }

    /** The data directory of the running test. */
    public static Path current() {
        return Path.of(System.getProperty(IndexStore.DATA_DIR_PROPERTY));
    }

    private static void point(ExtensionContext context) throws Exception {
        String saved = System.getProperty(IndexStore.DATA_DIR_PROPERTY);
        context.getStore(NS).put("saved", saved == null ? "" : saved);
        System.setProperty(IndexStore.DATA_DIR_PROPERTY, Files.createTempDirectory("battlescope-data").toString());
    }

    private static void restore(ExtensionContext context) throws Exception {
        try (var files = Files.walk(current())) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        String saved = context.getStore(NS).get("saved", String.class);
        if (saved == null || saved.isEmpty()) {
            System.clearProperty(IndexStore.DATA_DIR_PROPERTY);
        } else {
            System.setProperty(IndexStore.DATA_DIR_PROPERTY, saved);
        }
    }
}
