package com.battlescope.cli;

import com.battlescope.service.maintenance.IntegrityCheck;
import com.battlescope.service.maintenance.MaintenanceAction;
import com.battlescope.service.maintenance.MaintenanceTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maintain check}: {@link MaintenanceAction#CHECK}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "integrity_check and the contract's row rules on every file; exits 1 when it finds problems.")
final class MaintainCheck extends MaintainAction {
    @Option(names = "--quick", description = "quick_check instead of the full integrity_check.")
    boolean quick;

    @Override
    MaintenanceTask task() {
        return new IntegrityCheck(quick);
    }
}
