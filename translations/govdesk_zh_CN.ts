<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry needs an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit entry needs a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of audit entries to show cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is out of sequence; entry %2 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is the first entry in the log: entries 1 to %2 were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2: the entries between them were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not start the chain: the log was reordered or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not link to entry %2: the log was reordered, or entry %2 was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupArchive</name>
    <message>
        <source>The backup file is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a GovDesk backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile database cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database cannot be written.</source>
        <translation type="unfinished"></translation>
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
  audit verify PROFILE               check the audit log&apos;s hash chain
  demo reset                         recreate the demo profile
Passphrases are read from the terminal (not echoed), from standard input, or from
--passphrase-file / --new-passphrase-file; never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1 (%2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile create needs --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key (about half a second)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created profile %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile delete needs exactly one profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a profile destroys its data. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check needs exactly one profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The integrity check found %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is correct and the database is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs a profile and a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored profile %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rekey needs exactly one profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a profile and a query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>audit verify needs exactly one profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The demo profile was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GovDesk command-line tool (政务桌面命令行工具)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command and its arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder holding the profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new passphrase (rekey) from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name of a new profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation of a new profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync server URL of a new profile (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search only this module (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search only this record type (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum number of search hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a destructive command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages (zh_CN or en).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::Session</name>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock the profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be verified and was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock must be between 0 (off) and 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>The profile uses an unknown key derivation method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s key parameters are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption key could not be derived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Migrations for &quot;%1&quot; are registered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations for &quot;%1&quot; must be numbered 1, 2, 3 … without gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was written by a newer GovDesk; please update GovDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the data of &quot;%1&quot; to version %2 failed; the profile was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>The passphrase could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileKey</name>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileMetadata</name>
    <message>
        <source>This is not a GovDesk profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was written by a newer GovDesk; please update GovDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile description is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile description %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile description cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>&quot;%1&quot; is not a valid profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder could not be deleted completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: %1 Your current data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo County People&apos;s Government</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a GovDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is open in another GovDesk window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with existing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
