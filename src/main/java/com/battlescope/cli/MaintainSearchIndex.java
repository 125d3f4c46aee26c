package com.battlescope.cli;

import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceTask;
import com.battlescope.service.maintenance.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maintain search-index}: {@link MaintenanceAction#SEARCH_INDEX}. */
@Command(name = "search-index", mixinStandardHelpOptions = true,
        description = "Create or rebuild the FTS5 index decision_fts over decision reasoning.")
final class MaintainSearchIndex extends MaintainAction {
    @Option(names = "--no-triggers", description = "Do not keep the index current with triggers (rerun instead).")
    boolean noTriggers;

    @Override
    MaintenanceTask task() {
        return new SearchIndex(!noTriggers);
    }
}
