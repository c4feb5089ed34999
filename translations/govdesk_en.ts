<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AuditLog</name>
        <message>
            <source>An audit entry needs an event.</source>
            <translation>An audit entry needs an event.</translation>
        </message>
        <message>
            <source>An audit entry needs a valid time.</source>
            <translation>An audit entry needs a valid time.</translation>
        </message>
        <message>
            <source>The number of audit entries to show cannot be negative.</source>
            <translation>The number of audit entries to show cannot be negative.</translation>
        </message>
        <message>
            <source>Entry %1 is out of sequence; entry %2 was expected.</source>
            <translation>Entry %1 is out of sequence; entry %2 was expected.</translation>
        </message>
        <message>
            <source>Entry %1 is the first entry in the log: entries 1 to %2 were deleted.</source>
            <translation>Entry %1 is the first entry in the log: entries 1 to %2 were deleted.</translation>
        </message>
        <message>
            <source>Entry %1 follows entry %2: the entries between them were deleted.</source>
            <translation>Entry %1 follows entry %2: the entries between them were deleted.</translation>
        </message>
        <message>
            <source>Entry %1 does not start the chain: the log was reordered or replaced.</source>
            <translation>Entry %1 does not start the chain: the log was reordered or replaced.</translation>
        </message>
        <message>
            <source>Entry %1 does not link to entry %2: the log was reordered, or entry %2 was rewritten.</source>
            <translation>Entry %1 does not link to entry %2: the log was reordered, or entry %2 was rewritten.</translation>
        </message>
        <message>
            <source>Entry %1 was altered after it was written: its content no longer matches its hash.</source>
            <translation>Entry %1 was altered after it was written: its content no longer matches its hash.</translation>
        </message>
    </context>
    <context>
        <name>BackupArchive</name>
        <message>
            <source>The backup file is damaged or incomplete.</source>
            <translation>The backup file is damaged or incomplete.</translation>
        </message>
        <message>
            <source>This file is not a GovDesk backup.</source>
            <translation>This file is not a GovDesk backup.</translation>
        </message>
        <message>
            <source>The profile database cannot be read.</source>
            <translation>The profile database cannot be read.</translation>
        </message>
        <message>
            <source>The backup file cannot be written.</source>
            <translation>The backup file cannot be written.</translation>
        </message>
        <message>
            <source>The backup file %1 cannot be opened.</source>
            <translation>The backup file %1 cannot be opened.</translation>
        </message>
        <message>
            <source>The restored database cannot be written.</source>
            <translation>The restored database cannot be written.</translation>
        </message>
    </context>
    <context>
        <name>CliCommands</name>
        <message>
            <source>Commands:
  profile create --name NAME [--organisation ORG] [--server URL]
  profile list
  profile delete PROFILE --yes
  check PROFILE                      unlock test and integrity check
  backup PROFILE FILE                write a verified encrypted backup
  restore FILE                       restore a backup (current data kept until verified)
  rekey PROFILE                      change the passphrase
  search PROFILE QUERY [--module M] [--type T] [--limit N]
  audit verify PROFILE               check the audit log's hash chain
  demo reset                         recreate the demo profile
Passphrases are read from the terminal (not echoed), from standard input, or from
--passphrase-file / --new-passphrase-file; never from the command line.</source>
            <translation>Commands:
  profile create --name NAME [--organisation ORG] [--server URL]
  profile list
  profile delete PROFILE --yes
  check PROFILE                      unlock test and integrity check
  backup PROFILE FILE                write a verified encrypted backup
  restore FILE                       restore a backup (current data kept until verified)
  rekey PROFILE                      change the passphrase
  search PROFILE QUERY [--module M] [--type T] [--limit N]
  audit verify PROFILE               check the audit log's hash chain
  demo reset                         recreate the demo profile
Passphrases are read from the terminal (not echoed), from standard input, or from
--passphrase-file / --new-passphrase-file; never from the command line.</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <source>Detail: %1</source>
            <translation>Detail: %1</translation>
        </message>
        <message>
            <source>Passphrase for %1 (%2): </source>
            <translation>Passphrase for %1 (%2): </translation>
        </message>
        <message>
            <source>No command given.</source>
            <translation>No command given.</translation>
        </message>
        <message>
            <source>Unknown command: %1</source>
            <translation>Unknown command: %1</translation>
        </message>
        <message>
            <source>profile create needs --name.</source>
            <translation>profile create needs --name.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>New passphrase: </translation>
        </message>
        <message>
            <source>Deriving the key (about half a second)…</source>
            <translation>Deriving the key (about half a second)…</translation>
        </message>
        <message>
            <source>Created profile %1 (%2).</source>
            <translation>Created profile %1 (%2).</translation>
        </message>
        <message>
            <source>No profiles in %1.</source>
            <translation>No profiles in %1.</translation>
        </message>
        <message>
            <source>demo</source>
            <translation>demo</translation>
        </message>
        <message>
            <source>regular</source>
            <translation>regular</translation>
        </message>
        <message>
            <source>profile delete needs exactly one profile.</source>
            <translation>profile delete needs exactly one profile.</translation>
        </message>
        <message>
            <source>Deleting a profile destroys its data. Add --yes to confirm.</source>
            <translation>Deleting a profile destroys its data. Add --yes to confirm.</translation>
        </message>
        <message>
            <source>Deleted profile %1.</source>
            <translation>Deleted profile %1.</translation>
        </message>
        <message>
            <source>check needs exactly one profile.</source>
            <translation>check needs exactly one profile.</translation>
        </message>
        <message numerus="yes">
            <source>The integrity check found %n problem(s).</source>
            <translation>
                <numerusform>The integrity check found %n problem.</numerusform>
                <numerusform>The integrity check found %n problems.</numerusform>
            </translation>
        </message>
        <message>
            <source>The passphrase is correct and the database is intact.</source>
            <translation>The passphrase is correct and the database is intact.</translation>
        </message>
        <message>
            <source>backup needs a profile and a file.</source>
            <translation>backup needs a profile and a file.</translation>
        </message>
        <message>
            <source>Backup written and verified: %1</source>
            <translation>Backup written and verified: %1</translation>
        </message>
        <message>
            <source>restore needs a backup file.</source>
            <translation>restore needs a backup file.</translation>
        </message>
        <message>
            <source>Passphrase of the backup: </source>
            <translation>Passphrase of the backup: </translation>
        </message>
        <message>
            <source>Restored profile %1 (%2).</source>
            <translation>Restored profile %1 (%2).</translation>
        </message>
        <message>
            <source>rekey needs exactly one profile.</source>
            <translation>rekey needs exactly one profile.</translation>
        </message>
        <message>
            <source>Current passphrase: </source>
            <translation>Current passphrase: </translation>
        </message>
        <message>
            <source>The passphrase of %1 was changed.</source>
            <translation>The passphrase of %1 was changed.</translation>
        </message>
        <message>
            <source>search needs a profile and a query.</source>
            <translation>search needs a profile and a query.</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s).</source>
            <translation>
                <numerusform>%n hit.</numerusform>
                <numerusform>%n hits.</numerusform>
            </translation>
        </message>
        <message>
            <source>audit verify needs exactly one profile.</source>
            <translation>audit verify needs exactly one profile.</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact (%n entries).</source>
            <translation>
                <numerusform>The audit log is intact (%n entry).</numerusform>
                <numerusform>The audit log is intact (%n entries).</numerusform>
            </translation>
        </message>
        <message>
            <source>The demo profile was reset.</source>
            <translation>The demo profile was reset.</translation>
        </message>
        <message>
            <source>GovDesk command-line tool (政务桌面命令行工具)</source>
            <translation>GovDesk command-line tool (政务桌面命令行工具)</translation>
        </message>
        <message>
            <source>The command and its arguments.</source>
            <translation>The command and its arguments.</translation>
        </message>
        <message>
            <source>Folder holding the profiles.</source>
            <translation>Folder holding the profiles.</translation>
        </message>
        <message>
            <source>Read the passphrase from the first line of this file.</source>
            <translation>Read the passphrase from the first line of this file.</translation>
        </message>
        <message>
            <source>Read the new passphrase (rekey) from this file.</source>
            <translation>Read the new passphrase (rekey) from this file.</translation>
        </message>
        <message>
            <source>Display name of a new profile.</source>
            <translation>Display name of a new profile.</translation>
        </message>
        <message>
            <source>Organisation of a new profile.</source>
            <translation>Organisation of a new profile.</translation>
        </message>
        <message>
            <source>Sync server URL of a new profile (optional).</source>
            <translation>Sync server URL of a new profile (optional).</translation>
        </message>
        <message>
            <source>Search only this module (repeatable).</source>
            <translation>Search only this module (repeatable).</translation>
        </message>
        <message>
            <source>Search only this record type (repeatable).</source>
            <translation>Search only this record type (repeatable).</translation>
        </message>
        <message>
            <source>Maximum number of search hits.</source>
            <translation>Maximum number of search hits.</translation>
        </message>
        <message>
            <source>Confirm a destructive command.</source>
            <translation>Confirm a destructive command.</translation>
        </message>
        <message>
            <source>Language of messages (zh_CN or en).</source>
            <translation>Language of messages (zh_CN or en).</translation>
        </message>
        <message>
            <source>Also print diagnostic log messages.</source>
            <translation>Also print diagnostic log messages.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The database file %1 does not exist.</source>
            <translation>The database file %1 does not exist.</translation>
        </message>
        <message>
            <source>The file %1 already exists.</source>
            <translation>The file %1 already exists.</translation>
        </message>
    </context>
    <context>
        <name>GovDesk::Core::ModuleManager</name>
        <message>
            <source>%1 is not a GovDesk module.</source>
            <translation>%1 is not a GovDesk module.</translation>
        </message>
        <message>
            <source>The module "%1" was built for module interface %2; this GovDesk provides %3.</source>
            <translation>The module "%1" was built for module interface %2; this GovDesk provides %3.</translation>
        </message>
        <message>
            <source>The module "%1" is installed twice; %2 is ignored.</source>
            <translation>The module "%1" is installed twice; %2 is ignored.</translation>
        </message>
        <message>
            <source>The module "%1" needs "%2", which is not available.</source>
            <translation>The module "%1" needs "%2", which is not available.</translation>
        </message>
        <message>
            <source>The module "%1" is part of a circular dependency.</source>
            <translation>The module "%1" is part of a circular dependency.</translation>
        </message>
        <message>
            <source>The module "%1" needs "%2", which failed to start.</source>
            <translation>The module "%1" needs "%2", which failed to start.</translation>
        </message>
        <message>
            <source>The module "%1" could not be loaded: %2</source>
            <translation>The module "%1" could not be loaded: %2</translation>
        </message>
        <message>
            <source>The module "%1" failed to start: %2</source>
            <translation>The module "%1" failed to start: %2</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>no reason given</translation>
        </message>
    </context>
    <context>
        <name>GovDesk::Core::Session</name>
        <message numerus="yes">
            <source>Too many wrong passphrases. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong passphrases. Try again in %n second.</numerusform>
                <numerusform>Too many wrong passphrases. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unlock the profile first.</source>
            <translation>Unlock the profile first.</translation>
        </message>
        <message>
            <source>The backup folder is not writable.</source>
            <translation>The backup folder is not writable.</translation>
        </message>
        <message>
            <source>The backup could not be verified and was deleted: %1</source>
            <translation>The backup could not be verified and was deleted: %1</translation>
        </message>
        <message>
            <source>Auto-lock must be between 0 (off) and 1440 minutes.</source>
            <translation>Auto-lock must be between 0 (off) and 1440 minutes.</translation>
        </message>
        <message>
            <source>Audit entry %1, present when the profile was last locked, is missing or changed: entries were removed from the end of the log.</source>
            <translation>Audit entry %1, present when the profile was last locked, is missing or changed: entries were removed from the end of the log.</translation>
        </message>
    </context>
    <context>
        <name>KeyDerivation</name>
        <message>
            <source>The profile uses an unknown key derivation method.</source>
            <translation>The profile uses an unknown key derivation method.</translation>
        </message>
        <message>
            <source>The profile's key parameters are damaged.</source>
            <translation>The profile's key parameters are damaged.</translation>
        </message>
        <message>
            <source>The encryption key could not be derived.</source>
            <translation>The encryption key could not be derived.</translation>
        </message>
    </context>
    <context>
        <name>MigrationRunner</name>
        <message>
            <source>Migrations for "%1" are registered twice.</source>
            <translation>Migrations for "%1" are registered twice.</translation>
        </message>
        <message>
            <source>Migrations for "%1" must be numbered 1, 2, 3 … without gaps.</source>
            <translation>Migrations for "%1" must be numbered 1, 2, 3 … without gaps.</translation>
        </message>
        <message>
            <source>This profile was written by a newer GovDesk; please update GovDesk.</source>
            <translation>This profile was written by a newer GovDesk; please update GovDesk.</translation>
        </message>
        <message>
            <source>Updating the data of "%1" to version %2 failed; the profile was left unchanged.</source>
            <translation>Updating the data of "%1" to version %2 failed; the profile was left unchanged.</translation>
        </message>
    </context>
    <context>
        <name>ModuleMetadata</name>
        <message>
            <source>The module's description has no valid id.</source>
            <translation>The module's description has no valid id.</translation>
        </message>
        <message>
            <source>The module "%1" has no name.</source>
            <translation>The module "%1" has no name.</translation>
        </message>
        <message>
            <source>The module "%1" declares no version.</source>
            <translation>The module "%1" declares no version.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseReader</name>
        <message>
            <source>The passphrase could not be read.</source>
            <translation>The passphrase could not be read.</translation>
        </message>
        <message>
            <source>The passphrase is too long.</source>
            <translation>The passphrase is too long.</translation>
        </message>
        <message>
            <source>No passphrase was given.</source>
            <translation>No passphrase was given.</translation>
        </message>
        <message>
            <source>The passphrase file %1 cannot be opened.</source>
            <translation>The passphrase file %1 cannot be opened.</translation>
        </message>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>Repeat the passphrase: </translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
    </context>
    <context>
        <name>ProfileKey</name>
        <message>
            <source>The passphrase must not be empty.</source>
            <translation>The passphrase must not be empty.</translation>
        </message>
    </context>
    <context>
        <name>ProfileMetadata</name>
        <message>
            <source>This is not a GovDesk profile.</source>
            <translation>This is not a GovDesk profile.</translation>
        </message>
        <message>
            <source>This profile was written by a newer GovDesk; please update GovDesk.</source>
            <translation>This profile was written by a newer GovDesk; please update GovDesk.</translation>
        </message>
        <message>
            <source>The profile description is damaged.</source>
            <translation>The profile description is damaged.</translation>
        </message>
        <message>
            <source>The profile description %1 cannot be read.</source>
            <translation>The profile description %1 cannot be read.</translation>
        </message>
        <message>
            <source>The profile description cannot be written.</source>
            <translation>The profile description cannot be written.</translation>
        </message>
    </context>
    <context>
        <name>ProfileRepository</name>
        <message>
            <source>"%1" is not a valid profile name.</source>
            <translation>"%1" is not a valid profile name.</translation>
        </message>
        <message>
            <source>There is no profile "%1".</source>
            <translation>There is no profile "%1".</translation>
        </message>
        <message>
            <source>The profile needs a name.</source>
            <translation>The profile needs a name.</translation>
        </message>
        <message>
            <source>The profile "%1" already exists.</source>
            <translation>The profile "%1" already exists.</translation>
        </message>
        <message>
            <source>The profile folder %1 cannot be created.</source>
            <translation>The profile folder %1 cannot be created.</translation>
        </message>
        <message>
            <source>The profile folder could not be deleted completely.</source>
            <translation>The profile folder could not be deleted completely.</translation>
        </message>
        <message>
            <source>The backup was not restored: %1 Your current data is unchanged.</source>
            <translation>The backup was not restored: %1 Your current data is unchanged.</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>Demo</translation>
        </message>
        <message>
            <source>Demo County People's Government</source>
            <translation>Demo County People's Government</translation>
        </message>
    </context>
    <context>
        <name>ProfileSettings</name>
        <message>
            <source>A setting needs a scope.</source>
            <translation>A setting needs a scope.</translation>
        </message>
        <message>
            <source>A setting needs a name.</source>
            <translation>A setting needs a name.</translation>
        </message>
        <message>
            <source>A stored setting cannot be read.</source>
            <translation>A stored setting cannot be read.</translation>
        </message>
        <message>
            <source>This value cannot be stored as a setting.</source>
            <translation>This value cannot be stored as a setting.</translation>
        </message>
    </context>
    <context>
        <name>SearchService</name>
        <message>
            <source>A search type needs a module and a type name.</source>
            <translation>A search type needs a module and a type name.</translation>
        </message>
        <message>
            <source>The search type "%1" of "%2" is registered twice.</source>
            <translation>The search type "%1" of "%2" is registered twice.</translation>
        </message>
        <message>
            <source>"%1" cannot be added to the search: its type is not registered.</source>
            <translation>"%1" cannot be added to the search: its type is not registered.</translation>
        </message>
        <message>
            <source>"%1" cannot be added to the search: it has no id.</source>
            <translation>"%1" cannot be added to the search: it has no id.</translation>
        </message>
        <message>
            <source>The number of search results must be positive.</source>
            <translation>The number of search results must be positive.</translation>
        </message>
    </context>
    <context>
        <name>SqliteError</name>
        <message>
            <source>The passphrase is wrong.</source>
            <translation>The passphrase is wrong.</translation>
        </message>
        <message>
            <source>This file is not a GovDesk database.</source>
            <translation>This file is not a GovDesk database.</translation>
        </message>
        <message>
            <source>The database file is damaged or truncated.</source>
            <translation>The database file is damaged or truncated.</translation>
        </message>
        <message>
            <source>The disk is full; nothing was saved. Free some space and try again.</source>
            <translation>The disk is full; nothing was saved. Free some space and try again.</translation>
        </message>
        <message>
            <source>The profile is open in another GovDesk window.</source>
            <translation>The profile is open in another GovDesk window.</translation>
        </message>
        <message>
            <source>The database is busy; try again in a moment.</source>
            <translation>The database is busy; try again in a moment.</translation>
        </message>
        <message>
            <source>The database file could not be read or written.</source>
            <translation>The database file could not be read or written.</translation>
        </message>
        <message>
            <source>The database is read-only.</source>
            <translation>The database is read-only.</translation>
        </message>
        <message>
            <source>The change conflicts with existing data.</source>
            <translation>The change conflicts with existing data.</translation>
        </message>
        <message>
            <source>The operation was cancelled.</source>
            <translation>The operation was cancelled.</translation>
        </message>
        <message>
            <source>A database error occurred.</source>
            <translation>A database error occurred.</translation>
        </message>
    </context>
    <context>
        <name>TodoService</name>
        <message>
            <source>A to-do item needs the module it belongs to.</source>
            <translation>A to-do item needs the module it belongs to.</translation>
        </message>
        <message>
            <source>A to-do item needs the record it is about.</source>
            <translation>A to-do item needs the record it is about.</translation>
        </message>
        <message>
            <source>A to-do item needs a title.</source>
            <translation>A to-do item needs a title.</translation>
        </message>
        <message>
            <source>A to-do item must be either to do or to read.</source>
            <translation>A to-do item must be either to do or to read.</translation>
        </message>
        <message>
            <source>A to-do item has an unknown urgency.</source>
            <translation>A to-do item has an unknown urgency.</translation>
        </message>
        <message>
            <source>The deadline of a to-do item is not a valid time.</source>
            <translation>The deadline of a to-do item is not a valid time.</translation>
        </message>
        <message>
            <source>Which to-do item to complete was not given.</source>
            <translation>Which to-do item to complete was not given.</translation>
        </message>
        <message>
            <source>Which record's to-do items to remove was not given.</source>
            <translation>Which record's to-do items to remove was not given.</translation>
        </message>
    </context>
</TS>
