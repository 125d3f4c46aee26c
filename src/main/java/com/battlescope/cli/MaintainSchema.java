package com.battlescope.cli;

import com.battlescope.service.maintenance.ApplySchema;
import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceTask;
import picocli.CommandLine.Command;

/** {@code maintain schema}: {@link MaintenanceAction#SCHEMA}. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Create the contract's missing indexes and views (never a table, never a drop).")
final class MaintainSchema extends MaintainAction {
    @Override
    MaintenanceTask task() {
        return new ApplySchema();
    }
}
