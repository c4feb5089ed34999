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
    <name>BlobCache</name>
    <message>
        <source>The attachment is not stored in this profile (yet).</source>
        <translation>The attachment is not stored in this profile (yet).</translation>
    </message>
    <message>
        <source>The attachment could not be read.</source>
        <translation>The attachment could not be read.</translation>
    </message>
    <message>
        <source>The attachment has %1 MiB; the sync server accepts at most %2 MiB.</source>
        <translation>The attachment has %1 MiB; the sync server accepts at most %2 MiB.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>The file %1 could not be opened.</translation>
    </message>
    <message>
        <source>A stored attachment is damaged.</source>
        <translation>A stored attachment is damaged.</translation>
    </message>
    <message>
        <source>A stored attachment is damaged and cannot be opened.</source>
        <translation>A stored attachment is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>The attachment could not be saved as %1.</source>
        <translation>The attachment could not be saved as %1.</translation>
    </message>
    <message>
        <source>The attachment's download could not be continued.</source>
        <translation>The attachment's download could not be continued.</translation>
    </message>
    <message>
        <source>The attachment's download is not finished.</source>
        <translation>The attachment's download is not finished.</translation>
    </message>
</context>
<context>
    <name>BlobTransfer</name>
    <message>
        <source>Synchronisation was cancelled.</source>
        <translation>Synchronisation was cancelled.</translation>
    </message>
    <message>
        <source>An attachment to be sent is missing from this profile.</source>
        <translation>An attachment to be sent is missing from this profile.</translation>
    </message>
    <message>
        <source>An attachment has %1 MiB; the sync server accepts at most %2 MiB.</source>
        <translation>An attachment has %1 MiB; the sync server accepts at most %2 MiB.</translation>
    </message>
    <message>
        <source>A stored attachment is damaged and cannot be sent.</source>
        <translation>A stored attachment is damaged and cannot be sent.</translation>
    </message>
    <message>
        <source>The attachment arrived damaged at the server several times; it was not sent.</source>
        <translation>The attachment arrived damaged at the server several times; it was not sent.</translation>
    </message>
    <message>
        <source>The server's answer could not be understood. It may run an incompatible version.</source>
        <translation>The server's answer could not be understood. It may run an incompatible version.</translation>
    </message>
    <message>
        <source>An attachment arrived damaged several times; it was not kept.</source>
        <translation>An attachment arrived damaged several times; it was not kept.</translation>
    </message>
    <message>
        <source>An attachment is not on the server (yet); it is fetched on a later sync.</source>
        <translation>An attachment is not on the server (yet); it is fetched on a later sync.</translation>
    </message>
    <message>
        <source>An attachment has %1 MiB, more than this profile accepts (%2 MiB).</source>
        <translation>An attachment has %1 MiB, more than this profile accepts (%2 MiB).</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
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
    <message>
        <source>The CA bundle %1 cannot be read.</source>
        <translation>The CA bundle %1 cannot be read.</translation>
    </message>
    <message>
        <source>sign-in needs a profile and a user name.</source>
        <translation>sign-in needs a profile and a user name.</translation>
    </message>
    <message>
        <source>Server password for %1: </source>
        <translation>Server password for %1: </translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), %3; roles: %4.</source>
        <translation>Signed in as %1 (%2), %3; roles: %4.</translation>
    </message>
    <message>
        <source>sign-out needs exactly one profile.</source>
        <translation>sign-out needs exactly one profile.</translation>
    </message>
    <message>
        <source>Signed out. The data on this computer is kept.</source>
        <translation>Signed out. The data on this computer is kept.</translation>
    </message>
    <message>
        <source>sync needs exactly one profile.</source>
        <translation>sync needs exactly one profile.</translation>
    </message>
    <message>
        <source>Server not reachable, trying again in %1 s…</source>
        <translation>Server not reachable, trying again in %1 s…</translation>
    </message>
    <message>
        <source>Sent %1, already on the server %2, conflicts %3, rejected %4; received %5; retries %6; %7 s.</source>
        <translation>Sent %1, already on the server %2, conflicts %3, rejected %4; received %5; retries %6; %7 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed here and on the server: choose a version in GovDesk (Sync → Conflicts).</source>
        <translation>
            <numerusform>%n record changed here and on the server: choose a version in GovDesk (Sync → Conflicts).</numerusform>
            <numerusform>%n records changed here and on the server: choose a version in GovDesk (Sync → Conflicts).</numerusform>
        </translation>
    </message>
    <message>
        <source>sync-status needs exactly one profile.</source>
        <translation>sync-status needs exactly one profile.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation>Pending changes: %1</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Open conflicts: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Sync server URL (profile create, sign-in: stored in the profile).</source>
        <translation>Sync server URL (profile create, sign-in: stored in the profile).</translation>
    </message>
    <message>
        <source>Read the server password (sign-in) from this file.</source>
        <translation>Read the server password (sign-in) from this file.</translation>
    </message>
    <message>
        <source>Trust the CAs in this PEM file for the sync server (stored in the profile).</source>
        <translation>Trust the CAs in this PEM file for the sync server (stored in the profile).</translation>
    </message>
    <message>
        <source>Pin the sync server's public key, e.g. sha256//BASE64 (stored in the profile).</source>
        <translation>Pin the sync server's public key, e.g. sha256//BASE64 (stored in the profile).</translation>
    </message>
    <message>
        <source>Commands:
  profile create --name NAME [--organisation ORG] [--server URL]
  profile list
  profile delete PROFILE --yes
  check PROFILE                      unlock test and integrity check
  backup PROFILE FILE                write a verified encrypted backup
  restore FILE                       restore a backup (current data kept until verified)
  rekey PROFILE                      change the passphrase
  search PROFILE QUERY... [--queries-file FILE|-] [--module M] [--type T] [--limit N]
                                     several queries per unlock; '-' reads them from
                                     standard input (then --passphrase-file is needed)
  audit verify PROFILE               check the audit log's hash chain
  demo reset                         recreate the demo profile
  sign-in PROFILE USER [--ca-bundle FILE] [--pin PIN]
                                     sign in to the profile's sync server
  sync PROFILE                       send local changes, fetch new ones, print a summary
  sync-status PROFILE                pending changes, conflicts, last sync
  sign-out PROFILE                   forget the server's tokens (data stays)
Passphrases are read from the terminal (not echoed), from standard input, or from
--passphrase-file / --new-passphrase-file; never from the command line. The server
password (sign-in) likewise, from the terminal, the next line of standard input or
--password-file.</source>
        <translation>Commands:
  profile create --name NAME [--organisation ORG] [--server URL]
  profile list
  profile delete PROFILE --yes
  check PROFILE                      unlock test and integrity check
  backup PROFILE FILE                write a verified encrypted backup
  restore FILE                       restore a backup (current data kept until verified)
  rekey PROFILE                      change the passphrase
  search PROFILE QUERY... [--queries-file FILE|-] [--module M] [--type T] [--limit N]
                                     several queries per unlock; '-' reads them from
                                     standard input (then --passphrase-file is needed)
  audit verify PROFILE               check the audit log's hash chain
  demo reset                         recreate the demo profile
  sign-in PROFILE USER [--ca-bundle FILE] [--pin PIN]
                                     sign in to the profile's sync server
  sync PROFILE                       send local changes, fetch new ones, print a summary
  sync-status PROFILE                pending changes, conflicts, last sync
  sign-out PROFILE                   forget the server's tokens (data stays)
Passphrases are read from the terminal (not echoed), from standard input, or from
--passphrase-file / --new-passphrase-file; never from the command line. The server
password (sign-in) likewise, from the terminal, the next line of standard input or
--password-file.</translation>
    </message>
    <message>
        <source>Queries from standard input (--queries-file -) need --passphrase-file.</source>
        <translation>Queries from standard input (--queries-file -) need --passphrase-file.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) for "%1".</source>
        <translation>
            <numerusform>%n hit for "%1".</numerusform>
            <numerusform>%n hits for "%1".</numerusform>
        </translation>
    </message>
    <message>
        <source>The queries file %1 cannot be opened.</source>
        <translation>The queries file %1 cannot be opened.</translation>
    </message>
    <message>
        <source>Search: more queries, one a line, from this file (- for standard input).</source>
        <translation>Search: more queries, one a line, from this file (- for standard input).</translation>
    </message>
    <message>
        <source>The module "%1" could not take in all changes: %2</source>
        <translation>The module "%1" could not take in all changes: %2</translation>
    </message>
</context>
<context>
    <name>CurlTransport</name>
    <message>
        <source>Synchronisation was cancelled.</source>
        <translation>Synchronisation was cancelled.</translation>
    </message>
    <message>
        <source>The server address "%1" is not a valid https:// address.</source>
        <translation>The server address "%1" is not a valid https:// address.</translation>
    </message>
    <message>
        <source>The network library could not be started.</source>
        <translation>The network library could not be started.</translation>
    </message>
    <message>
        <source>The server address is not a valid https:// address.</source>
        <translation>The server address is not a valid https:// address.</translation>
    </message>
    <message>
        <source>The proxy server's name could not be found. Check the proxy setting.</source>
        <translation>The proxy server's name could not be found. Check the proxy setting.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address and the network connection.</source>
        <translation>The server name %1 could not be found. Check the address and the network connection.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused or the server cannot be reached.</source>
        <translation>Could not connect to %1: the connection was refused or the server cannot be reached.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>The server %1 did not answer in time.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete.</source>
        <translation>The connection to %1 closed before the answer was complete.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted.</source>
        <translation>The connection to %1 was interrupted.</translation>
    </message>
    <message>
        <source>The proxy server refused the connection. Check the proxy setting.</source>
        <translation>The proxy server refused the connection. Check the proxy setting.</translation>
    </message>
    <message>
        <source>The CA certificate file of this profile cannot be read. Check the setting.</source>
        <translation>The CA certificate file of this profile cannot be read. Check the setting.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up (TLS 1.2 or later is required).</source>
        <translation>A secure connection to %1 could not be set up (TLS 1.2 or later is required).</translation>
    </message>
    <message>
        <source>The connection settings of this profile are not valid.</source>
        <translation>The connection settings of this profile are not valid.</translation>
    </message>
    <message>
        <source>The network request to %1 failed.</source>
        <translation>The network request to %1 failed.</translation>
    </message>
    <message>
        <source>Cannot verify the server %1: public key pin mismatch. Ask your administrator before connecting again.</source>
        <translation>Cannot verify the server %1: public key pin mismatch. Ask your administrator before connecting again.</translation>
    </message>
    <message>
        <source>Cannot verify the server %1: certificate expired. Tell your administrator.</source>
        <translation>Cannot verify the server %1: certificate expired. Tell your administrator.</translation>
    </message>
    <message>
        <source>Cannot verify the server %1: certificate not valid yet. Check this computer's date and time.</source>
        <translation>Cannot verify the server %1: certificate not valid yet. Check this computer's date and time.</translation>
    </message>
    <message>
        <source>Cannot verify the server %1: certificate revoked.</source>
        <translation>Cannot verify the server %1: certificate revoked.</translation>
    </message>
    <message>
        <source>Cannot verify the server %1: host name mismatch (its certificate is for another server).</source>
        <translation>Cannot verify the server %1: host name mismatch (its certificate is for another server).</translation>
    </message>
    <message>
        <source>Cannot verify the server %1: unknown certificate authority. If your office uses its own CA, set its certificate file for this profile.</source>
        <translation>Cannot verify the server %1: unknown certificate authority. If your office uses its own CA, set its certificate file for this profile.</translation>
    </message>
    <message>
        <source>Cannot verify the server %1: its certificate is not valid.</source>
        <translation>Cannot verify the server %1: its certificate is not valid.</translation>
    </message>
    <message>
        <source>The answer of the server %1 is larger than %2 MiB and was not accepted.</source>
        <translation>The answer of the server %1 is larger than %2 MiB and was not accepted.</translation>
    </message>
    <message>
        <source>The connection settings of this profile could not be applied (%1), so no connection was made. Check the server's certificate pin and proxy settings.</source>
        <translation>The connection settings of this profile could not be applied (%1), so no connection was made. Check the server's certificate pin and proxy settings.</translation>
    </message>
</context>
<context>
    <name>DamageMark</name>
    <message>
        <source>The profile's database file is damaged: part of it failed its integrity check. Nothing more will be written to it. Restore the last backup.</source>
        <translation>The profile's database file is damaged: part of it failed its integrity check. Nothing more will be written to it. Restore the last backup.</translation>
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
    <name>GovDesk::Core::CsvReader</name>
    <message>
        <source>The file is not valid %1 text (a byte sequence near line %2 does not decode). Save it as UTF-8 or GB18030 and import it again.</source>
        <translation>The file is not valid %1 text (a byte sequence near line %2 does not decode). Save it as UTF-8 or GB18030 and import it again.</translation>
    </message>
    <message>
        <source>A quoted value that begins on line %1 is never closed.</source>
        <translation>A quoted value that begins on line %1 is never closed.</translation>
    </message>
    <message>
        <source>Line %1 holds a byte-order mark: two files were joined into one. Import them separately.</source>
        <translation>Line %1 holds a byte-order mark: two files were joined into one. Import them separately.</translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote; a quote inside a value is written twice ("").</source>
        <translation>Line %1: text follows a closing quote; a quote inside a value is written twice ("").</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::DatasetApplier</name>
    <message>
        <source>Unknown table kind “%1”.</source>
        <extracomment>数据集的数据类型「%1」未知</extracomment>
        <translation>Unknown table kind “%1”.</translation>
    </message>
    <message>
        <source>The dataset names no file.</source>
        <extracomment>数据集没有附带文件</extracomment>
        <translation>The dataset names no file.</translation>
    </message>
    <message>
        <source>The dataset cannot be imported.</source>
        <translation>The dataset cannot be imported.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::DatasetFiles</name>
    <message>
        <source>Unknown table kind “%1”.</source>
        <extracomment>数据集的数据类型「%1」未知</extracomment>
        <translation>Unknown table kind “%1”.</translation>
    </message>
    <message>
        <source>The dataset was changed meanwhile.</source>
        <extracomment>导入期间该数据集已被更改</extracomment>
        <translation>The dataset was changed meanwhile.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::DatasetImportJob</name>
    <message>
        <source>Line %1, %2: %3 — %4</source>
        <extracomment>A bad row of a dataset: 第N行，列：值 — 原因</extracomment>
        <translation>Line %1, %2: %3 — %4</translation>
    </message>
    <message numerus="yes">
        <source>… %n problem(s) in all</source>
        <extracomment>共 %n 处问题</extracomment>
        <translation>
            <numerusform>… %n problem in all</numerusform>
            <numerusform>… %n problems in all</numerusform>
        </translation>
    </message>
    <message>
        <source>The dataset cannot be imported.</source>
        <translation>The dataset cannot be imported.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::DatasetStatusStore</name>
    <message>
        <source>Imported</source>
        <extracomment>A dataset's status: 已导入</extracomment>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>A dataset's status: 等待导入 (its file may still be on its way)</extracomment>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Not imported (errors)</source>
        <extracomment>A dataset's status: 未导入（有错误）</extracomment>
        <translation>Not imported (errors)</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <extracomment>A dataset's status: 已取消导入</extracomment>
        <translation>Import cancelled</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::ImportCells</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>「%1」 is not a valid %2 (%3).</source>
        <translation>「%1」 is not a valid %2 (%3).</translation>
    </message>
    <message>
        <source>「%1」 is not a number (%2).</source>
        <translation>「%1」 is not a number (%2).</translation>
    </message>
    <message>
        <source>「%1」 is not a whole number (%2).</source>
        <translation>「%1」 is not a whole number (%2).</translation>
    </message>
    <message>
        <source>%1 %2 is outside the plausible range %3 to %4.</source>
        <translation>%1 %2 is outside the plausible range %3 to %4.</translation>
    </message>
    <message>
        <source>「%1」 is not a date such as 2026-06-18 (%2).</source>
        <translation>「%1」 is not a date such as 2026-06-18 (%2).</translation>
    </message>
    <message>
        <source>「%1」 is not a time such as 2026-06-18 08:00 (%2).</source>
        <translation>「%1」 is not a time such as 2026-06-18 08:00 (%2).</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::ModuleContext</name>
    <message>
        <source>GovDesk is locked. Unlock it to continue.</source>
        <translation>GovDesk is locked. Unlock it to continue.</translation>
    </message>
    <message>
        <source>The module's datasets are already set up.</source>
        <translation>The module's datasets are already set up.</translation>
    </message>
    <message>
        <source>The module's datasets are set up wrongly.</source>
        <translation>The module's datasets are set up wrongly.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::ModuleGuard</name>
    <message>
        <source>The module failed with an internal error.</source>
        <translation>The module failed with an internal error.</translation>
    </message>
    <message>
        <source>GovDesk is locked. Unlock it to continue.</source>
        <translation>GovDesk is locked. Unlock it to continue.</translation>
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
    <name>GovDesk::Core::ProjectionRunner</name>
    <message>
        <source>The module's projection "%1" is invalid: %2</source>
        <translation>The module's projection "%1" is invalid: %2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::RedHeaderTemplate</name>
    <message>
        <source>0 or from %1 to %2</source>
        <translation>0 or from %1 to %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <extracomment>A red-header template's number out of range: "markTop must be from 5 to 150 (mm), not 400."</extracomment>
        <translation>%1 must be %2, not %3.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <extracomment>A red-header template's field of the wrong JSON type: "markTop must be a number."</extracomment>
        <translation>%1 must be a number.</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 must be a string.</translation>
    </message>
    <message>
        <source>%1 must be an array of strings.</source>
        <translation>%1 must be an array of strings.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 must be an object.</translation>
    </message>
    <message>
        <source>%1 must be one of none, single, thick-thin, thin-thick, not %2.</source>
        <extracomment>"separator.style must be one of none, single, thick-thin, thin-thick, not double."</extracomment>
        <translation>%1 must be one of none, single, thick-thin, thin-thick, not %2.</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <extracomment>A red-header template with a field GovDesk does not know (a typo): "Unknown field markSize."</extracomment>
        <translation>Unknown field %1.</translation>
    </message>
    <message>
        <source>A template needs its format (file, letter, order or minutes).</source>
        <extracomment>"format" is the JSON field: file, letter, order or minutes</extracomment>
        <translation>A template needs its format (file, letter, order or minutes).</translation>
    </message>
    <message>
        <source>format must be one of file, letter, order, minutes, not %1.</source>
        <translation>format must be one of file, letter, order, minutes, not %1.</translation>
    </message>
    <message>
        <source>markText (the 发文机关标志) must not be empty.</source>
        <translation>markText (the 发文机关标志) must not be empty.</translation>
    </message>
    <message>
        <source>markText must have at most %1 characters, not %2.</source>
        <translation>markText must have at most %1 characters, not %2.</translation>
    </message>
    <message>
        <source>markText must be one line of printable characters.</source>
        <translation>markText must be one line of printable characters.</translation>
    </message>
    <message>
        <source>colour must be #RRGGBB (such as #E60012), not %1.</source>
        <translation>colour must be #RRGGBB (such as #E60012), not %1.</translation>
    </message>
    <message>
        <source>documentTypes: %1 is not one of the 15 文种 (%2).</source>
        <extracomment>"documentTypes: 通知书 is not one of the 15 文种 (决议, 决定, …)."</extracomment>
        <translation>documentTypes: %1 is not one of the 15 文种 (%2).</translation>
    </message>
    <message>
        <source>documentTypes names %1 twice.</source>
        <translation>documentTypes names %1 twice.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::RedHeaderTemplates</name>
    <message>
        <source>Two templates are %1; an organisation has one of each.</source>
        <translation>Two templates are %1; an organisation has one of each.</translation>
    </message>
    <message>
        <source>%1 has a template already (%2); remove that one first.</source>
        <extracomment>"通知 has a template already (file:通知); remove that one first."</extracomment>
        <translation>%1 has a template already (%2); remove that one first.</translation>
    </message>
    <message>
        <source>A template must be an object.</source>
        <translation>A template must be an object.</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <extracomment>"Template 2: markTop must be from 5 to 150, not 400."</extracomment>
        <translation>Template %1: %2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::SealCertificate</name>
    <message>
        <source>The seal certificate cannot be checked.</source>
        <translation>The seal certificate cannot be checked.</translation>
    </message>
    <message>
        <source>The seal certificate cannot be read.</source>
        <translation>The seal certificate cannot be read.</translation>
    </message>
    <message>
        <source>The seal CA certificate cannot be read.</source>
        <translation>The seal CA certificate cannot be read.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::SealKeyStore</name>
    <message>
        <source>The server's answer holds no complete seal.</source>
        <translation>The server's answer holds no complete seal.</translation>
    </message>
    <message>
        <source>The seal of %1 from the server is not valid; ask the administrator to issue it again.</source>
        <translation>The seal of %1 from the server is not valid; ask the administrator to issue it again.</translation>
    </message>
    <message>
        <source>The seal key of %1 does not match its certificate; fetch the seal again.</source>
        <translation>The seal key of %1 does not match its certificate; fetch the seal again.</translation>
    </message>
    <message>
        <source>The seal CA certificate from the server cannot be read.</source>
        <translation>The seal CA certificate from the server cannot be read.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::SesSignature</name>
    <message>
        <source>The electronic seal could not be encoded.</source>
        <translation>The electronic seal could not be encoded.</translation>
    </message>
    <message>
        <source>The electronic signature is not a GB/T 38540 SES_Signature.</source>
        <translation>The electronic signature is not a GB/T 38540 SES_Signature.</translation>
    </message>
    <message>
        <source>The electronic signature is of an unsupported version.</source>
        <translation>The electronic signature is of an unsupported version.</translation>
    </message>
    <message>
        <source>The seal certificate cannot be read.</source>
        <translation>The seal certificate cannot be read.</translation>
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
    <name>GovDesk::Core::Sm2CertificateIssuer</name>
    <message>
        <source>The seal certificate could not be made.</source>
        <translation>The seal certificate could not be made.</translation>
    </message>
    <message>
        <source>The seal's validity period is empty.</source>
        <translation>The seal's validity period is empty.</translation>
    </message>
    <message>
        <source>The seal CA certificate cannot be read.</source>
        <translation>The seal CA certificate cannot be read.</translation>
    </message>
    <message>
        <source>The seal CA's private key cannot be read.</source>
        <translation>The seal CA's private key cannot be read.</translation>
    </message>
    <message>
        <source>The seal CA's private key does not match its certificate.</source>
        <translation>The seal CA's private key does not match its certificate.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::Sm2Crypto</name>
    <message>
        <source>The seal could not be checked: out of memory.</source>
        <translation>The seal could not be checked: out of memory.</translation>
    </message>
    <message>
        <source>The SM2 signer id could not be set.</source>
        <translation>The SM2 signer id could not be set.</translation>
    </message>
    <message>
        <source>SM2 with SM3 is not available in this OpenSSL.</source>
        <translation>SM2 with SM3 is not available in this OpenSSL.</translation>
    </message>
    <message>
        <source>The key is not an SM2 key.</source>
        <translation>The key is not an SM2 key.</translation>
    </message>
    <message>
        <source>SM3 is not available in this OpenSSL.</source>
        <translation>SM3 is not available in this OpenSSL.</translation>
    </message>
    <message>
        <source>The seal's private key cannot be read.</source>
        <translation>The seal's private key cannot be read.</translation>
    </message>
    <message>
        <source>The document could not be signed.</source>
        <translation>The document could not be signed.</translation>
    </message>
    <message>
        <source>The seal certificate cannot be read.</source>
        <translation>The seal certificate cannot be read.</translation>
    </message>
    <message>
        <source>The public key cannot be read.</source>
        <translation>The public key cannot be read.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::SyncNotices</name>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <source>No document number allocated (asked again at the next sync): %1</source>
        <translation>No document number allocated (asked again at the next sync): %1</translation>
    </message>
    <message>
        <source>The seal sent by the server was not taken: %1</source>
        <translation>The seal sent by the server was not taken: %1</translation>
    </message>
    <message>
        <source>Attachment not fetched (tried again at the next sync): %1</source>
        <translation>Attachment not fetched (tried again at the next sync): %1</translation>
    </message>
    <message>
        <source>The directory of organisations was not refreshed; the one kept is used: %1</source>
        <translation>The directory of organisations was not refreshed; the one kept is used: %1</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::SyncService</name>
    <message>
        <source>Synchronisation was cancelled.</source>
        <translation>Synchronisation was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s): %1</source>
        <translation>
            <numerusform>The server refused %n change: %1</numerusform>
            <numerusform>The server refused %n changes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::TableImport</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The JSON file does not read at byte %1: %2.</source>
        <translation>The JSON file does not read at byte %1: %2.</translation>
    </message>
    <message>
        <source>The JSON file must hold an array of objects, one per row.</source>
        <translation>The JSON file must hold an array of objects, one per row.</translation>
    </message>
    <message>
        <source>Element %1 of the JSON array is not an object.</source>
        <translation>Element %1 of the JSON array is not an object.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 has %2 MiB; one import takes at most %3 MiB. Split the file, for example by month.</source>
        <translation>%1 has %2 MiB; one import takes at most %3 MiB. Split the file, for example by month.</translation>
    </message>
    <message>
        <source>%1 is mapped to a column the file does not have.</source>
        <translation>%1 is mapped to a column the file does not have.</translation>
    </message>
    <message>
        <source>The file has no column for: %1. Choose the columns, or add them to the file.</source>
        <translation>The file has no column for: %1. Choose the columns, or add them to the file.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The same %1 as line %2.</source>
        <translation>The same %1 as line %2.</translation>
    </message>
    <message numerus="yes">
        <source>The file changed since it was checked and now has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The file changed since it was checked and now has %n problem; nothing was imported.</numerusform>
            <numerusform>The file changed since it was checked and now has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::BulletinExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>无法写入 %1：%2</extracomment>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CaseIndicators</name>
    <message>
        <source>The indicator setting 「%1」 is not valid.</source>
        <extracomment>指标口径设置「%1」无效。</extracomment>
        <translation>The indicator setting 「%1」 is not valid.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CaseNumbers</name>
    <message>
        <source>year</source>
        <extracomment>Parts of a 案号: 收案年度</extracomment>
        <translation>year</translation>
    </message>
    <message>
        <source>ending</source>
        <extracomment>结尾的「号」</extracomment>
        <translation>ending</translation>
    </message>
    <message>
        <source>court code</source>
        <extracomment>法院代字</extracomment>
        <translation>court code</translation>
    </message>
    <message>
        <source>type code</source>
        <extracomment>类型代字</extracomment>
        <translation>type code</translation>
    </message>
    <message>
        <source>serial</source>
        <extracomment>案件编号</extracomment>
        <translation>serial</translation>
    </message>
    <message>
        <source>it must open with the year in parentheses, e.g. （2026）</source>
        <extracomment>案号须以括号中的收案年度开头，如（2026）</extracomment>
        <translation>it must open with the year in parentheses, e.g. （2026）</translation>
    </message>
    <message>
        <source>the year must be four digits</source>
        <extracomment>收案年度须为四位阿拉伯数字</extracomment>
        <translation>the year must be four digits</translation>
    </message>
    <message>
        <source>a case number ends with 「号」</source>
        <extracomment>案号须以「号」结尾</extracomment>
        <translation>a case number ends with 「号」</translation>
    </message>
    <message>
        <source>「%1」 is not 最高法 nor a province's character with two (intermediate) or four (basic court) digits</source>
        <extracomment>法院代字须为最高法，或省份简称加两位（中级法院）或四位（基层法院）数字</extracomment>
        <translation>「%1」 is not 最高法 nor a province's character with two (intermediate) or four (basic court) digits</translation>
    </message>
    <message>
        <source>「%1」 is not a case type code</source>
        <extracomment>类型代字「%1」不在《人民法院案件类型及其代字标准》中</extracomment>
        <translation>「%1」 is not a case type code</translation>
    </message>
    <message>
        <source>the serial is a number from 1 without leading zeros</source>
        <extracomment>案件编号须为从 1 开始、不带前导 0 的阿拉伯数字</extracomment>
        <translation>the serial is a number from 1 without leading zeros</translation>
    </message>
    <message>
        <source>Case number 「%1」: the %2 is wrong: %3</source>
        <extracomment>案号「%1」的%2有误：%3</extracomment>
        <translation>Case number 「%1」: the %2 is wrong: %3</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CasesBehind</name>
    <message>
        <source>Open at the end of the period (filed %1)</source>
        <extracomment>期末未结（立案 %1）</extracomment>
        <translation>Open at the end of the period (filed %1)</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n day(s) past the time limit (due %1)</source>
        <extracomment>超审限 %n 天结案（审限届满 %1）</extracomment>
        <translation>
            <numerusform>Closed %n day past the time limit (due %1)</numerusform>
            <numerusform>Closed %n days past the time limit (due %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tried in %1 days, above the court's average of %2</source>
        <extracomment>审理 %1 天，高于本院平均 %2 天</extracomment>
        <translation>Tried in %1 days, above the court's average of %2</translation>
    </message>
    <message>
        <source>Filed %1, open for %2 days at the end of the period</source>
        <extracomment>立案于 %1，期末已 %2 天未结</extracomment>
        <translation>Filed %1, open for %2 days at the end of the period</translation>
    </message>
    <message>
        <source>Appealed</source>
        <extracomment>已上诉</extracomment>
        <translation>Appealed</translation>
    </message>
    <message>
        <source>Retrial sought</source>
        <extracomment>申请再审</extracomment>
        <translation>Retrial sought</translation>
    </message>
    <message>
        <source>Not closed by mediation or withdrawal</source>
        <extracomment>未以调解或撤诉结案</extracomment>
        <translation>Not closed by mediation or withdrawal</translation>
    </message>
    <message>
        <source>Reversed on appeal</source>
        <extracomment>二审改判</extracomment>
        <translation>Reversed on appeal</translation>
    </message>
    <message>
        <source>Remanded for retrial</source>
        <extracomment>发回重审</extracomment>
        <translation>Remanded for retrial</translation>
    </message>
    <message>
        <source>%1 yuan recovered of %2 applied for</source>
        <extracomment>到位 %1 元，申请执行 %2 元</extracomment>
        <translation>%1 yuan recovered of %2 applied for</translation>
    </message>
    <message>
        <source>「%1」 (%2) not entered</source>
        <extracomment>「%1」（%2）未录入</extracomment>
        <translation>「%1」 (%2) not entered</translation>
    </message>
    <message numerus="yes">
        <source>「%1」 on %2 entered %n day(s) later</source>
        <extracomment>「%1」%2 发生，%n 天后录入</extracomment>
        <translation>
            <numerusform>「%1」 on %2 entered %n day later</numerusform>
            <numerusform>「%1」 on %2 entered %n days later</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Mandatory fields incomplete</source>
        <extracomment>必填项不完整</extracomment>
        <translation>Mandatory fields incomplete</translation>
    </message>
    <message>
        <source>No electronic file generated with the case</source>
        <extracomment>未随案同步生成电子卷宗</extracomment>
        <translation>No electronic file generated with the case</translation>
    </message>
    <message>
        <source>Judgment to publish not published</source>
        <extracomment>应公开的裁判文书未上网</extracomment>
        <translation>Judgment to publish not published</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtBulletin</name>
    <message>
        <source>The period of the bulletin is not valid.</source>
        <extracomment>通报期间无效。</extracomment>
        <translation>The period of the bulletin is not valid.</translation>
    </message>
    <message>
        <source>The court directory is empty: nothing to rank.</source>
        <extracomment>法院名录为空，无法排名。</extracomment>
        <translation>The court directory is empty: nothing to rank.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtDirectory</name>
    <message>
        <source>Court %1 of the directory: 「%2」 is not a court code.</source>
        <extracomment>法院名录第 %1 项：「%2」不是有效的法院代字。</extracomment>
        <translation>Court %1 of the directory: 「%2」 is not a court code.</translation>
    </message>
    <message>
        <source>Court %1 of the directory (%2) has no name.</source>
        <extracomment>法院名录第 %1 项（%2）缺少法院名称。</extracomment>
        <translation>Court %1 of the directory (%2) has no name.</translation>
    </message>
    <message>
        <source>The court code 「%1」 is in the directory twice.</source>
        <extracomment>法院代字「%1」在名录中出现了两次。</extracomment>
        <translation>The court code 「%1」 is in the directory twice.</translation>
    </message>
    <message>
        <source>The court above 「%1」 (%2), 「%3」, is not in the directory.</source>
        <extracomment>「%1」（%2）的上级法院「%3」不在名录中。</extracomment>
        <translation>The court above 「%1」 (%2), 「%3」, is not in the directory.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtDrillDown</name>
    <message>
        <source>yes</source>
        <extracomment>是 / 否</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Rank</source>
        <extracomment>Columns of the ranked courts: 排名 法院 本期 上期 备注</extracomment>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Case number</source>
        <extracomment>Columns of the cases behind a figure: 案号 立案日期 结案日期 原因</extracomment>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Columns of a case's events: 节点 发生日期 录入日期 录入用时</extracomment>
        <translation>Event</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Days to enter</source>
        <translation>Days to enter</translation>
    </message>
    <message>
        <source>top</source>
        <extracomment>Marks of a ranked court: 前列 后列 未达标</extracomment>
        <translation>top</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>bottom</translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation>below the threshold</translation>
    </message>
    <message>
        <source>%1 (tied)</source>
        <translation>%1 (tied)</translation>
    </message>
    <message>
        <source>no cases</source>
        <extracomment>A court with no figure this period: 无数据</extracomment>
        <translation>no cases</translation>
    </message>
    <message>
        <source>%1, %2: an evenness over months — no case pulls it down alone.</source>
        <translation>%1, %2: an evenness over months — no case pulls it down alone.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%3): %n case(s) pull it down.</source>
        <translation>
            <numerusform>%1, %2 (%3): %n case pull it down.</numerusform>
            <numerusform>%1, %2 (%3): %n cases pull it down.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — filed %2, closed %3; time limit %4 month(s) + %5 extended, %6 day(s) deducted, due %7; entry complete: %8, electronic file: %9.</source>
        <extracomment>A case's facts: 案号 立案 结案 审限 延长 扣除 结案方式 …</extracomment>
        <translation>%1 — filed %2, closed %3; time limit %4 month(s) + %5 extended, %6 day(s) deducted, due %7; entry complete: %8, electronic file: %9.</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>Instead of the closing date: 未结</extracomment>
        <translation>open</translation>
    </message>
    <message>
        <source>not entered</source>
        <extracomment>An event never entered in the system: 未录入</extracomment>
        <translation>not entered</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtsAnalysis</name>
    <message>
        <source>Cancelled.</source>
        <extracomment>已取消。</extracomment>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Reading the courts and their cases…</source>
        <extracomment>Progress: 读取法院名录和案件…</extracomment>
        <translation>Reading the courts and their cases…</translation>
    </message>
    <message>
        <source>Computing and ranking every court's indicators…</source>
        <extracomment>Progress: 计算各院指标并排名…</extracomment>
        <translation>Computing and ranking every court's indicators…</translation>
    </message>
    <message>
        <source>Computing the trend…</source>
        <extracomment>Progress: 计算走势…</extracomment>
        <translation>Computing the trend…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtsModule</name>
    <message>
        <source>Kind</source>
        <extracomment>Field of a dataset: 数据类型</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Field of a dataset: 标题</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>File name</source>
        <extracomment>Field of a dataset: 文件名</extracomment>
        <translation>File name</translation>
    </message>
    <message>
        <source>Loaded at</source>
        <extracomment>Field of a dataset: 载入时间</extracomment>
        <translation>Loaded at</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtsPage</name>
    <message>
        <source>Import…</source>
        <extracomment>Button: 导入…</extracomment>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export bulletin</source>
        <extracomment>Button: 导出通报
----------
导出通报</extracomment>
        <translation>Export bulletin</translation>
    </message>
    <message>
        <source>Bulletin (PDF)…</source>
        <extracomment>Export choices: 通报（PDF）… 通报（Excel）… 通报（CSV）…</extracomment>
        <translation>Bulletin (PDF)…</translation>
    </message>
    <message>
        <source>Bulletin (Excel)…</source>
        <translation>Bulletin (Excel)…</translation>
    </message>
    <message>
        <source>Bulletin (CSV)…</source>
        <translation>Bulletin (CSV)…</translation>
    </message>
    <message>
        <source>Courts</source>
        <extracomment>Page title: 审判管理</extracomment>
        <translation>Courts</translation>
    </message>
    <message>
        <source>Period:</source>
        <extracomment>Labels of the pickers: 期间 层级 指标</extracomment>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>Tabs: 看板 通报 下钻 数据集</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>Drill-down</source>
        <translation>Drill-down</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <extracomment>Progress: 正在分析…</extracomment>
        <translation>Analysing…</translation>
    </message>
    <message>
        <source>No cases yet: import a file or wait for a dataset to sync.</source>
        <translation>No cases yet: import a file or wait for a dataset to sync.</translation>
    </message>
    <message>
        <source>%1 courts, %2 cases</source>
        <translation>%1 courts, %2 cases</translation>
    </message>
    <message>
        <source>Import a data file</source>
        <extracomment>File dialog: 导入数据文件</extracomment>
        <translation>Import a data file</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.json)</source>
        <translation>Tables (*.csv *.txt *.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>导入 / 文件中是哪张表：</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>Which table is in the file?</source>
        <translation>Which table is in the file?</translation>
    </message>
    <message>
        <source>There is no bulletin to export.</source>
        <extracomment>没有可导出的通报。</extracomment>
        <translation>There is no bulletin to export.</translation>
    </message>
    <message>
        <source>Exporting the bulletin…</source>
        <extracomment>Progress: 正在导出通报…</extracomment>
        <translation>Exporting the bulletin…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>File filters: PDF 文件 / Excel 工作簿 / CSV 表格</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Bulletin_%1</source>
        <extracomment>Default file name: 通报_&lt;期间&gt;</extracomment>
        <translation>Bulletin_%1</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <source>Year to date</source>
        <extracomment>The trend's choices: 年内累计 / 逐月</extracomment>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>Trend:</source>
        <extracomment>Label of the trend's picker: 走势</extracomment>
        <translation>Trend:</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtsSchema</name>
    <message>
        <source>是 or 否</source>
        <extracomment>Hint for a bad yes/no cell: 是 或 否</extracomment>
        <translation>是 or 否</translation>
    </message>
    <message>
        <source>Case number</source>
        <extracomment>Column of a case file: 案号</extracomment>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Court code</source>
        <extracomment>Column of the court directory: 法院代字</extracomment>
        <translation>Court code</translation>
    </message>
    <message>
        <source>「%1」 is not a court code (such as 琼, 琼01, 琼0105).</source>
        <extracomment>「%1」不是有效的法院代字（如 琼、琼01、琼0105）。</extracomment>
        <translation>「%1」 is not a court code (such as 琼, 琼01, 琼0105).</translation>
    </message>
    <message>
        <source>The closing date is before the filing date (%1).</source>
        <extracomment>结案日期早于立案日期（%1）</extracomment>
        <translation>The closing date is before the filing date (%1).</translation>
    </message>
    <message>
        <source>A closing method is given but no closing date.</source>
        <extracomment>有结案方式但没有结案日期</extracomment>
        <translation>A closing method is given but no closing date.</translation>
    </message>
    <message>
        <source>A second-instance outcome is given but the case is not marked as appealed.</source>
        <extracomment>有二审结果但未注明上诉</extracomment>
        <translation>A second-instance outcome is given but the case is not marked as appealed.</translation>
    </message>
    <message>
        <source>The judgment is marked as published but not as one to publish.</source>
        <extracomment>文书已上网，但未标为应公开文书</extracomment>
        <translation>The judgment is marked as published but not as one to publish.</translation>
    </message>
    <message>
        <source>The entry date is before the date it happened (%1).</source>
        <extracomment>录入日期早于发生日期（%1）</extracomment>
        <translation>The entry date is before the date it happened (%1).</translation>
    </message>
    <message>
        <source>Cases (CASES)</source>
        <extracomment>案件 (CASES)</extracomment>
        <translation>Cases (CASES)</translation>
    </message>
    <message>
        <source>Case events (CASE_EVENTS)</source>
        <extracomment>案件节点 (CASE_EVENTS)</extracomment>
        <translation>Case events (CASE_EVENTS)</translation>
    </message>
    <message>
        <source>Court directory (COURTS)</source>
        <extracomment>法院名录 (COURTS)</extracomment>
        <translation>Court directory (COURTS)</translation>
    </message>
    <message>
        <source>Filing date</source>
        <extracomment>立案日期</extracomment>
        <translation>Filing date</translation>
    </message>
    <message>
        <source>Closing date</source>
        <extracomment>结案日期</extracomment>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>Time limit (months)</source>
        <extracomment>审限（月）</extracomment>
        <translation>Time limit (months)</translation>
    </message>
    <message>
        <source>Extension (months)</source>
        <extracomment>延长审限（月）</extracomment>
        <translation>Extension (months)</translation>
    </message>
    <message>
        <source>Deducted days</source>
        <extracomment>扣除审限天数</extracomment>
        <translation>Deducted days</translation>
    </message>
    <message>
        <source>Closing method</source>
        <extracomment>结案方式</extracomment>
        <translation>Closing method</translation>
    </message>
    <message>
        <source>Appealed</source>
        <extracomment>是否上诉</extracomment>
        <translation>Appealed</translation>
    </message>
    <message>
        <source>Retrial sought</source>
        <extracomment>是否申请再审</extracomment>
        <translation>Retrial sought</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <extracomment>二审结果</extracomment>
        <translation>Appeal outcome</translation>
    </message>
    <message>
        <source>Amount applied for (yuan)</source>
        <extracomment>申请执行金额（元）</extracomment>
        <translation>Amount applied for (yuan)</translation>
    </message>
    <message>
        <source>Amount recovered (yuan)</source>
        <extracomment>执行到位金额（元）</extracomment>
        <translation>Amount recovered (yuan)</translation>
    </message>
    <message>
        <source>Mandatory fields complete</source>
        <extracomment>必填项完整</extracomment>
        <translation>Mandatory fields complete</translation>
    </message>
    <message>
        <source>Electronic file generated</source>
        <extracomment>电子卷宗随案生成</extracomment>
        <translation>Electronic file generated</translation>
    </message>
    <message>
        <source>Judgment to publish</source>
        <extracomment>应公开文书</extracomment>
        <translation>Judgment to publish</translation>
    </message>
    <message>
        <source>Judgment published</source>
        <extracomment>文书已上网</extracomment>
        <translation>Judgment published</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>节点 (立案, 开庭, 宣判 …)</extracomment>
        <translation>Step</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <extracomment>发生日期</extracomment>
        <translation>Date it happened</translation>
    </message>
    <message>
        <source>Entry date</source>
        <extracomment>录入日期</extracomment>
        <translation>Entry date</translation>
    </message>
    <message>
        <source>Court name</source>
        <extracomment>法院名称</extracomment>
        <translation>Court name</translation>
    </message>
    <message>
        <source>There is no case 「%1」: import its case first.</source>
        <extracomment>没有案号为「%1」的案件：先导入其案件</extracomment>
        <translation>There is no case 「%1」: import its case first.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtsSearch</name>
    <message>
        <source>Court</source>
        <extracomment>Kind of search hit: 法院</extracomment>
        <translation>Court</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtsSettingsPage</name>
    <message>
        <source>Closed ÷ (pending at the start + filed)</source>
        <extracomment>结案率 = 结案数 ÷（旧存 + 新收） / 结案数 ÷ 新收</extracomment>
        <translation>Closed ÷ (pending at the start + filed)</translation>
    </message>
    <message>
        <source>Closed ÷ filed</source>
        <translation>Closed ÷ filed</translation>
    </message>
    <message>
        <source>First-instance cases closed</source>
        <extracomment>发回改判率的分母：一审结案数 / 二审已审结的上诉案件数</extracomment>
        <translation>First-instance cases closed</translation>
    </message>
    <message>
        <source>Appeals decided by the court above</source>
        <translation>Appeals decided by the court above</translation>
    </message>
    <message>
        <source> day(s)</source>
        <extracomment>Suffix of a number of days: 天</extracomment>
        <translation> day(s)</translation>
    </message>
    <message>
        <source> month(s)</source>
        <extracomment>Suffix of a number of months: 个月</extracomment>
        <translation> month(s)</translation>
    </message>
    <message>
        <source>Closing rate:</source>
        <extracomment>Labels: 结案率口径 发回改判率分母 录入及时 长期未结</extracomment>
        <translation>Closing rate:</translation>
    </message>
    <message>
        <source>Reversal rate's denominator:</source>
        <translation>Reversal rate's denominator:</translation>
    </message>
    <message>
        <source>An entry is timely within:</source>
        <translation>An entry is timely within:</translation>
    </message>
    <message>
        <source>Long pending after:</source>
        <translation>Long pending after:</translation>
    </message>
    <message>
        <source>Definitions</source>
        <extracomment>Tabs: 指标口径 / 达标线</extracomment>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <source>Courts worse than the line (below it, or above it where lower is better) are named in the bulletin.</source>
        <extracomment>低于达标线的法院（平均审理天数、长期未结、上诉率、发回改判率为高于）在通报中点名。</extracomment>
        <translation>Courts worse than the line (below it, or above it where lower is better) are named in the bulletin.</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>A 达标线 that is not set: 不设</extracomment>
        <translation>None</translation>
    </message>
    <message>
        <source>Every bulletin states the definitions and thresholds it was computed with.</source>
        <translation>Every bulletin states the definitions and thresholds it was computed with.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtsUiPlugin</name>
    <message>
        <source>&amp;Import data file…</source>
        <extracomment>Menu action: 导入数据文件…</extracomment>
        <translation>&amp;Import data file…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::AnnualReport</name>
    <message>
        <source>%1 is not a year of a report.</source>
        <extracomment>年度 %1 无效。</extracomment>
        <translation>%1 is not a year of a report.</translation>
    </message>
    <message>
        <source>The organisation reporting is missing.</source>
        <extracomment>报告机关不能为空。</extracomment>
        <translation>The organisation reporting is missing.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::AnnualReportStore</name>
    <message>
        <source>Publishing the annual report needs the role of a disclosure leader.</source>
        <extracomment>发布年度报告需要「信息公开领导」角色。</extracomment>
        <translation>Publishing the annual report needs the role of a disclosure leader.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DeadlineClock</name>
    <message>
        <source>On time</source>
        <extracomment>电子监察状态：正常</extracomment>
        <translation>On time</translation>
    </message>
    <message>
        <source>Approaching</source>
        <extracomment>电子监察状态：预警（临近期限）</extracomment>
        <translation>Approaching</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>电子监察状态：超期</extracomment>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DisclosureCategories</name>
    <message>
        <source>Rules and normative documents</source>
        <extracomment>规章和规范性文件</extracomment>
        <translation>Rules and normative documents</translation>
    </message>
    <message>
        <source>Organisation and functions</source>
        <extracomment>机构职能</extracomment>
        <translation>Organisation and functions</translation>
    </message>
    <message>
        <source>Plans</source>
        <extracomment>规划计划</extracomment>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Statistics</source>
        <extracomment>统计信息</extracomment>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Administrative licensing</source>
        <extracomment>行政许可</extracomment>
        <translation>Administrative licensing</translation>
    </message>
    <message>
        <source>Administrative penalties and enforcement</source>
        <extracomment>行政处罚和行政强制</extracomment>
        <translation>Administrative penalties and enforcement</translation>
    </message>
    <message>
        <source>Budgets and final accounts</source>
        <extracomment>财政预决算</extracomment>
        <translation>Budgets and final accounts</translation>
    </message>
    <message>
        <source>Administrative fees</source>
        <extracomment>行政事业性收费</extracomment>
        <translation>Administrative fees</translation>
    </message>
    <message>
        <source>Government procurement</source>
        <extracomment>政府采购</extracomment>
        <translation>Government procurement</translation>
    </message>
    <message>
        <source>Major construction projects</source>
        <extracomment>重大建设项目</extracomment>
        <translation>Major construction projects</translation>
    </message>
    <message>
        <source>Public services</source>
        <extracomment>公共服务（扶贫、教育、医疗、社会保障、促进就业）</extracomment>
        <translation>Public services</translation>
    </message>
    <message>
        <source>Emergency plans and warnings</source>
        <extracomment>应急管理（应急预案、预警信息及应对情况）</extracomment>
        <translation>Emergency plans and warnings</translation>
    </message>
    <message>
        <source>Supervision and inspection</source>
        <extracomment>监督检查（环境保护、公共卫生、安全生产、食品药品、产品质量）</extracomment>
        <translation>Supervision and inspection</translation>
    </message>
    <message>
        <source>Civil servant recruitment</source>
        <extracomment>公务员招考</extracomment>
        <translation>Civil servant recruitment</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>其他</extracomment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Policy interpretation</source>
        <extracomment>政策解读</extracomment>
        <translation>Policy interpretation</translation>
    </message>
    <message>
        <source>Personnel</source>
        <extracomment>人事信息</extracomment>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Art. 20 item (%1) of the 《政府信息公开条例》</source>
        <extracomment>《政府信息公开条例》第二十条第（%1）项</extracomment>
        <translation>Art. 20 item (%1) of the 《政府信息公开条例》</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DisclosureItem</name>
    <message>
        <source>must not be empty</source>
        <extracomment>Refusal of an empty field: 不能为空</extracomment>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>Refusal of a record field: it is missing</extracomment>
        <translation>missing</translation>
    </message>
    <message>
        <source>not text</source>
        <extracomment>Refusal of a record field: it is not text</extracomment>
        <translation>not text</translation>
    </message>
    <message>
        <source>%1 is not a date (yyyy-MM-dd)</source>
        <extracomment>Refusal of a date field; %1 is the value, e.g. 2026-13-01</extracomment>
        <translation>%1 is not a date (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>not a list</translation>
    </message>
    <message>
        <source>「%1」 needs a SHA-256, a name and a size</source>
        <extracomment>Refusal of an attachment entry; %1 is the file name</extracomment>
        <translation>「%1」 needs a SHA-256, a name and a size</translation>
    </message>
    <message>
        <source>a line lacks its action, statuses or time</source>
        <extracomment>Refusal of a history line without a known action, statuses or time</extracomment>
        <translation>a line lacks its action, statuses or time</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>主动公开 item status: 拟稿</extracomment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Secrecy review</source>
        <extracomment>主动公开 item status: 保密审查</extracomment>
        <translation>Secrecy review</translation>
    </message>
    <message>
        <source>Leader review</source>
        <extracomment>主动公开 item status: 领导审核</extracomment>
        <translation>Leader review</translation>
    </message>
    <message>
        <source>Published</source>
        <extracomment>主动公开 item status: 已发布
----------
History action: 发布</extracomment>
        <translation>Published</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <extracomment>主动公开 item status: 已撤回
----------
History action: 撤回</extracomment>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Drafted</source>
        <extracomment>History action: 拟稿</extracomment>
        <translation>Drafted</translation>
    </message>
    <message>
        <source>Submitted</source>
        <extracomment>History action: 送审</extracomment>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>History action: 审核通过</extracomment>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>History action: 退回</extracomment>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Reopened for update</source>
        <extracomment>History action: 更新 (a published item reopened as a draft)</extracomment>
        <translation>Reopened for update</translation>
    </message>
    <message>
        <source>Index number</source>
        <extracomment>Field of a 主动公开 item: 索引号</extracomment>
        <translation>Index number</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>Field of a 主动公开 item: 主题分类</extracomment>
        <translation>Category</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Field of a 主动公开 item: 标题</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>Publisher</source>
        <extracomment>Field of a 主动公开 item: 发布机构</extracomment>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Written on</source>
        <extracomment>Field of a 主动公开 item: 成文日期</extracomment>
        <translation>Written on</translation>
    </message>
    <message>
        <source>Created or changed on</source>
        <extracomment>Field of a 主动公开 item: 形成或者变更日期</extracomment>
        <translation>Created or changed on</translation>
    </message>
    <message>
        <source>Published on</source>
        <extracomment>Field of a 主动公开 item: 发布日期</extracomment>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Keywords</source>
        <extracomment>Field of a 主动公开 item: 主题词</extracomment>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Body</source>
        <extracomment>Field of a 主动公开 item: 正文</extracomment>
        <translation>Body</translation>
    </message>
    <message>
        <source>Attachments</source>
        <extracomment>Field of a 主动公开 item: 附件</extracomment>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Validity</source>
        <extracomment>Field of a 主动公开 item: 有效性</extracomment>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Classification</source>
        <extracomment>Field of a 主动公开 item: 密级</extracomment>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Field of a 主动公开 item: 状态</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source document</source>
        <extracomment>Field of a 主动公开 item: 来源公文</extracomment>
        <translation>Source document</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>Field of a 主动公开 item: 办理记录</extracomment>
        <translation>History</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <extracomment>Field of a 主动公开 item: 撤回</extracomment>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Schema</source>
        <extracomment>Field of a record: 格式版本</extracomment>
        <translation>Schema</translation>
    </message>
    <message>
        <source>「%1」: %2</source>
        <extracomment>A refused field: 「标题」：不能为空</extracomment>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>version %1 is not known</source>
        <extracomment>Refusal of a record written in another format version; %1 is the version</extracomment>
        <translation>version %1 is not known</translation>
    </message>
    <message>
        <source>%1 is not a category code</source>
        <extracomment>Refusal of an unknown category code; %1 is the code</extracomment>
        <translation>%1 is not a category code</translation>
    </message>
    <message>
        <source>%1 is not 秘密, 机密 or 绝密</source>
        <extracomment>Refusal of an unknown 密级; %1 is the value</extracomment>
        <translation>%1 is not 秘密, 机密 or 绝密</translation>
    </message>
    <message>
        <source>an entry is empty or not text</source>
        <extracomment>Refusal of a keyword list with an empty entry</extracomment>
        <translation>an entry is empty or not text</translation>
    </message>
    <message>
        <source>only rules and normative documents have one</source>
        <extracomment>Refusal: 有效性 belongs only to category 01 (规章和规范性文件)</extracomment>
        <translation>only rules and normative documents have one</translation>
    </message>
    <message>
        <source>%1 is not 有效, 失效 or 废止</source>
        <extracomment>Refusal of an unknown 有效性; %1 is the value</extracomment>
        <translation>%1 is not 有效, 失效 or 废止</translation>
    </message>
    <message>
        <source>%1 is not a status</source>
        <extracomment>Refusal of an unknown status; %1 is the value</extracomment>
        <translation>%1 is not a status</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>needs a reason and a date</source>
        <extracomment>Refusal of a withdrawal without reason or date</extracomment>
        <translation>needs a reason and a date</translation>
    </message>
    <message>
        <source>missing on a published item</source>
        <extracomment>Refusal: a published item without 发布日期</extracomment>
        <translation>missing on a published item</translation>
    </message>
    <message>
        <source>a classified item cannot be published</source>
        <extracomment>Refusal: a classified (密级) item can never be published</extracomment>
        <translation>a classified item cannot be published</translation>
    </message>
    <message>
        <source>missing on a withdrawn item</source>
        <extracomment>Refusal: a withdrawn item without its reason and date</extracomment>
        <translation>missing on a withdrawn item</translation>
    </message>
    <message>
        <source>before the date it was written</source>
        <extracomment>Refusal: 形成或者变更日期 before 成文日期</extracomment>
        <translation>before the date it was written</translation>
    </message>
    <message>
        <source>needs text or an attachment</source>
        <extracomment>Refusal: an item needs 正文 or 附件</extracomment>
        <translation>needs text or an attachment</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DisclosurePage</name>
    <message>
        <source>Status</source>
        <extracomment>Column of the 主动公开 list: 状态</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Index number</source>
        <extracomment>Column: 索引号</extracomment>
        <translation>Index number</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>Column: 主题分类</extracomment>
        <translation>Category</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column: 标题</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>Changed on</source>
        <extracomment>Column: 形成或者变更日期</extracomment>
        <translation>Changed on</translation>
    </message>
    <message>
        <source>Submit for review…</source>
        <extracomment>Workflow button: 送审</extracomment>
        <translation>Submit for review…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <extracomment>Workflow button: 审查通过</extracomment>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Publish…</source>
        <extracomment>Workflow button: 发布</extracomment>
        <translation>Publish…</translation>
    </message>
    <message>
        <source>Return…</source>
        <extracomment>Workflow button: 退回</extracomment>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Update…</source>
        <extracomment>Workflow button: 更新 (reopen a published item)</extracomment>
        <translation>Update…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <extracomment>Workflow button: 撤回</extracomment>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>Button: 编辑 (a draft)</extracomment>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>New item…</source>
        <extracomment>Button: 新建主动公开信息</extracomment>
        <translation>New item…</translation>
    </message>
    <message>
        <source>Secrecy review findings</source>
        <extracomment>Heading of the 保密审查 findings</extracomment>
        <translation>Secrecy review findings</translation>
    </message>
    <message>
        <source>Proactive disclosure</source>
        <extracomment>Tab: 主动公开</extracomment>
        <translation>Proactive disclosure</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>Tab: 依申请公开</extracomment>
        <translation>Requests</translation>
    </message>
    <message>
        <source>(pending)</source>
        <extracomment>An item without its 索引号 yet: 待编号</extracomment>
        <translation>(pending)</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>Heading of an item's history: 办理记录</extracomment>
        <translation>History</translation>
    </message>
    <message>
        <source>Opinion or reason:</source>
        <extracomment>Dialog asking for the 意见 (or the reason of a return or withdrawal)</extracomment>
        <translation>Opinion or reason:</translation>
    </message>
    <message>
        <source>Annual report</source>
        <extracomment>Tab: 年度报告</extracomment>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Settings…</source>
        <extracomment>Button: 信息公开设置 (机构代码, 索引号规则, 行政复议机关, 预警天数)</extracomment>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Disclosure settings</source>
        <extracomment>Dialog title: 信息公开设置</extracomment>
        <translation>Disclosure settings</translation>
    </message>
    <message>
        <source>Fields: {org} organisation code, {category} category, {year}, {seq:N} sequence of N digits</source>
        <extracomment>Tooltip of the 索引号 pattern</extracomment>
        <translation>Fields: {org} organisation code, {category} category, {year}, {seq:N} sequence of N digits</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <extracomment>Setting: 机构代码（统一社会信用代码）</extracomment>
        <translation>Organisation code</translation>
    </message>
    <message>
        <source>Index number pattern</source>
        <extracomment>Setting: 索引号规则</extracomment>
        <translation>Index number pattern</translation>
    </message>
    <message>
        <source>Administrative review body</source>
        <extracomment>Setting: 行政复议机关 (named on every 告知书)</extracomment>
        <translation>Administrative review body</translation>
    </message>
    <message>
        <source>Warn working days before the limit</source>
        <extracomment>Setting: 预警（距答复期限的工作日数）</extracomment>
        <translation>Warn working days before the limit</translation>
    </message>
    <message>
        <source>Portal preview…</source>
        <extracomment>Button: 门户预览 (the item as the public 政府信息公开 portal shows it)</extracomment>
        <translation>Portal preview…</translation>
    </message>
    <message>
        <source>Holiday calendar…</source>
        <extracomment>Button in the settings: 节假日安排… (the organisation's holiday calendar)</extracomment>
        <translation>Holiday calendar…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DisclosureRecords</name>
    <message>
        <source>Awaiting %1</source>
        <extracomment>A 信息公开 to-do's step: 待保密审查, 待领导审核</extracomment>
        <translation>Awaiting %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <extracomment>电子监察 in a to-do: 预警 (yellow) or 超期 (red) of the 20 working days</extracomment>
        <translation>overdue</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>A 信息公开 to-do: 【待保密审查】柳州市2026年城市建设计划</extracomment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Disclosed item</source>
        <extracomment>Search filter and type of 主动公开 items</extracomment>
        <translation>Disclosed item</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DisclosureRequests</name>
    <message>
        <source>version %1 is not understood (expected %2).</source>
        <translation>version %1 is not understood (expected %2).</translation>
    </message>
    <message>
        <source>"%1" is not one of the annual report's six kinds of applicant.</source>
        <extracomment>不是年度报告的六类申请人之一</extracomment>
        <translation>"%1" is not one of the annual report's six kinds of applicant.</translation>
    </message>
    <message>
        <source>"%1" is not a channel of Art. 31.</source>
        <extracomment>不是条例第三十一条的申请方式</extracomment>
        <translation>"%1" is not a channel of Art. 31.</translation>
    </message>
    <message>
        <source>"%1" is not a status of a request.</source>
        <extracomment>未知的办理状态</extracomment>
        <translation>"%1" is not a status of a request.</translation>
    </message>
    <message>
        <source>"%1" is not a reply type of the regulation.</source>
        <extracomment>不是条例规定的答复类型</extracomment>
        <translation>"%1" is not a reply type of the regulation.</translation>
    </message>
    <message>
        <source>"%1" is not a reason of the regulation.</source>
        <extracomment>不是条例规定的理由</extracomment>
        <translation>"%1" is not a reason of the regulation.</translation>
    </message>
    <message>
        <source>"%1" is not of the form year-number (2026-0012).</source>
        <extracomment>登记号应为“年份-四位序号”</extracomment>
        <translation>"%1" is not of the form year-number (2026-0012).</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <extracomment>不能为空</extracomment>
        <translation>must not be empty.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <extracomment>缺少日期</extracomment>
        <translation>the date is missing.</translation>
    </message>
    <message>
        <source>%1 differs from the date the channel makes it (%2, Art. 31).</source>
        <extracomment>与申请方式规定的日期（%1）不一致（条例第三十一条）</extracomment>
        <translation>%1 differs from the date the channel makes it (%2, Art. 31).</translation>
    </message>
    <message>
        <source>is before the request was received.</source>
        <extracomment>早于收到申请日期</extracomment>
        <translation>is before the request was received.</translation>
    </message>
    <message>
        <source>%1 working days: at most %2 are allowed.</source>
        <extracomment>延长期限最长不得超过 %1 个工作日</extracomment>
        <translation>%1 working days: at most %2 are allowed.</translation>
    </message>
    <message>
        <source>is missing or before the request was received.</source>
        <extracomment>批准日期缺失或早于收到申请日期</extracomment>
        <translation>is missing or before the request was received.</translation>
    </message>
    <message>
        <source>an extension needs the approval of the head of the disclosure office (Art. 33).</source>
        <extracomment>延期须经政府信息公开工作机构负责人同意</extracomment>
        <translation>an extension needs the approval of the head of the disclosure office (Art. 33).</translation>
    </message>
    <message>
        <source>is before the third party was consulted.</source>
        <extracomment>早于征求意见日期</extracomment>
        <translation>is before the third party was consulted.</translation>
    </message>
    <message>
        <source>an answered request has a reply, an open one has none.</source>
        <extracomment>已答复的申请必须有答复，未答复的申请不能有答复</extracomment>
        <translation>an answered request has a reply, an open one has none.</translation>
    </message>
    <message>
        <source>a reply of %1 must give its reason.</source>
        <extracomment>%1须说明理由</extracomment>
        <translation>a reply of %1 must give its reason.</translation>
    </message>
    <message>
        <source>"%1" is not a reason of %2.</source>
        <extracomment>“%1”不是“%2”的理由</extracomment>
        <translation>"%1" is not a reason of %2.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DisclosureSettings</name>
    <message>
        <source>The organisation code "%1" is neither a valid unified social credit code nor a valid organisation code.</source>
        <extracomment>机构代码「%1」不是有效的统一社会信用代码或组织机构代码。</extracomment>
        <translation>The organisation code "%1" is neither a valid unified social credit code nor a valid organisation code.</translation>
    </message>
    <message>
        <source>The warning must come 0 to %1 working days before the limit.</source>
        <extracomment>预警天数须在 0 至 %1 个工作日之间。</extracomment>
        <translation>The warning must come 0 to %1 working days before the limit.</translation>
    </message>
    <message>
        <source>A reply notice names the body that hears an administrative review: enter it in the disclosure settings.</source>
        <extracomment>告知书须写明行政复议机关：请在「信息公开设置」中填写。</extracomment>
        <translation>A reply notice names the body that hears an administrative review: enter it in the disclosure settings.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DisplayDate</name>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>Date format of the 信息公开 pages (QDate::toString); zh_CN: yyyy年M月d日</extracomment>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::HolidayCalendar</name>
    <message>
        <source>The shipped holiday data is missing (%1).</source>
        <extracomment>内置的节假日数据缺失（%1）。</extracomment>
        <translation>The shipped holiday data is missing (%1).</translation>
    </message>
    <message>
        <source>The holiday data lists the year %1 twice.</source>
        <extracomment>节假日数据中 %1 年出现了两次。</extracomment>
        <translation>The holiday data lists the year %1 twice.</translation>
    </message>
    <message>
        <source>%1 is arranged by both the %2 and the %3 notice; keep it in one of them.</source>
        <extracomment>%1 的安排在 %2 年和 %3 年的通知中都有列出，请只保留一处。</extracomment>
        <translation>%1 is arranged by both the %2 and the %3 notice; keep it in one of them.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::HolidayCalendarDialog</name>
    <message>
        <source>Add row</source>
        <extracomment>Button: 增加一行</extracomment>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <extracomment>Button: 删除所选行</extracomment>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <extracomment>Dialog title: 节假日安排</extracomment>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>Add year…</source>
        <extracomment>Button: 新增年度</extracomment>
        <translation>Add year…</translation>
    </message>
    <message>
        <source>Undo the organisation's version</source>
        <extracomment>Button: 撤销本机关的安排 (back to the shipped notice, or the added year removed)</extracomment>
        <translation>Undo the organisation's version</translation>
    </message>
    <message>
        <source>Notice</source>
        <extracomment>通知标题, e.g. 国务院办公厅关于2027年部分节假日安排的通知</extracomment>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Document number</source>
        <extracomment>文号, e.g. 国办发明电〔2026〕7号</extracomment>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Published on</source>
        <extracomment>发布日期</extracomment>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>网址 (www.gov.cn)</extracomment>
        <translation>Address</translation>
    </message>
    <message>
        <source>Days off (weekends within them included)</source>
        <extracomment>Heading: 放假安排（含调休的周末）</extracomment>
        <translation>Days off (weekends within them included)</translation>
    </message>
    <message>
        <source>Holiday</source>
        <extracomment>Column: 节日</extracomment>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column: 起</extracomment>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Column: 止</extracomment>
        <translation>To</translation>
    </message>
    <message>
        <source>Weekend days worked in exchange</source>
        <extracomment>Heading: 调休上班的周末</extracomment>
        <translation>Weekend days worked in exchange</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column: 日期</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>For holiday</source>
        <extracomment>Column: 对应节日</extracomment>
        <translation>For holiday</translation>
    </message>
    <message>
        <source>Year:</source>
        <extracomment>Asks for the year whose notice is entered: 年度</extracomment>
        <translation>Year:</translation>
    </message>
    <message>
        <source>organisation</source>
        <extracomment>A year set by the organisation: 本机关</extracomment>
        <translation>organisation</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
    <message>
        <source>%1, row %2, %3: write the date as 2027-01-01.</source>
        <extracomment>%1年 第 %2 行「%3」列的日期须写作 2027-01-01。</extracomment>
        <translation>%1, row %2, %3: write the date as 2027-01-01.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::HolidaySchedule</name>
    <message>
        <source>The holiday data is not valid JSON (at character %1: %2).</source>
        <extracomment>节假日数据不是有效的 JSON（第 %1 个字符：%2）</extracomment>
        <translation>The holiday data is not valid JSON (at character %1: %2).</translation>
    </message>
    <message>
        <source>The holiday data has the wrong shape: expected format %1 with a list of years.</source>
        <extracomment>节假日数据格式不符：应为 format %1，含 years 数组。</extracomment>
        <translation>The holiday data has the wrong shape: expected format %1 with a list of years.</translation>
    </message>
    <message>
        <source>The holiday data lists the year %1 twice.</source>
        <extracomment>节假日数据中 %1 年出现了两次。</extracomment>
        <translation>The holiday data lists the year %1 twice.</translation>
    </message>
    <message>
        <source>The holiday data has an invalid year: %1.</source>
        <extracomment>节假日数据的年份 %1 无效。</extracomment>
        <translation>The holiday data has an invalid year: %1.</translation>
    </message>
    <message>
        <source>%1: the title or publication date of the holiday notice is missing (e.g. 国务院办公厅关于%1年部分节假日安排的通知).</source>
        <extracomment>%1 年：缺少放假通知的标题或发布日期（如“国务院办公厅关于%1年部分节假日安排的通知”）。</extracomment>
        <translation>%1: the title or publication date of the holiday notice is missing (e.g. 国务院办公厅关于%1年部分节假日安排的通知).</translation>
    </message>
    <message>
        <source>%1: no public holidays are listed.</source>
        <extracomment>%1 年：未列出任何法定节假日。</extracomment>
        <translation>%1: no public holidays are listed.</translation>
    </message>
    <message>
        <source>%1: holiday %2 has no name.</source>
        <extracomment>%1 年：第 %2 个节假日没有名称。</extracomment>
        <translation>%1: holiday %2 has no name.</translation>
    </message>
    <message>
        <source>%1 %2: invalid dates (from and to must be YYYY-MM-DD, from not after to).</source>
        <extracomment>%1 年%2：放假日期无效（起止日期须为 YYYY-MM-DD，且起始不晚于结束）。</extracomment>
        <translation>%1 %2: invalid dates (from and to must be YYYY-MM-DD, from not after to).</translation>
    </message>
    <message>
        <source>%1 %2: the dates are outside the year.</source>
        <extracomment>%1 年%2：日期不在该年度内。</extracomment>
        <translation>%1 %2: the dates are outside the year.</translation>
    </message>
    <message>
        <source>%1 %2: %3 days off is more than %4; check the notice.</source>
        <extracomment>%1 年%2：放假共 %3 天，超过 %4 天，请核对通知。</extracomment>
        <translation>%1 %2: %3 days off is more than %4; check the notice.</translation>
    </message>
    <message>
        <source>%1: the dates of %2 and %3 overlap.</source>
        <extracomment>%1 年：%2 与 %3 的放假日期重叠。</extracomment>
        <translation>%1: the dates of %2 and %3 overlap.</translation>
    </message>
    <message>
        <source>%1: a 调休 workday has an invalid date or lies outside the year.</source>
        <extracomment>%1 年：调休上班日期无效或不在该年度内。</extracomment>
        <translation>%1: a 调休 workday has an invalid date or lies outside the year.</translation>
    </message>
    <message>
        <source>%1: the 调休 workday %2 is a %3, not a Saturday or Sunday.</source>
        <extracomment>%1 年：调休上班日 %2 是%3，不是周六或周日。</extracomment>
        <translation>%1: the 调休 workday %2 is a %3, not a Saturday or Sunday.</translation>
    </message>
    <message>
        <source>%1: the 调休 workday %2 falls within %3.</source>
        <extracomment>%1 年：调休上班日 %2 落在%3假期内。</extracomment>
        <translation>%1: the 调休 workday %2 falls within %3.</translation>
    </message>
    <message>
        <source>%1: the 调休 workday %2 is listed twice.</source>
        <extracomment>%1 年：调休上班日 %2 重复。</extracomment>
        <translation>%1: the 调休 workday %2 is listed twice.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::IndexNumberRule</name>
    <message>
        <source>The 索引号 pattern 「%1」 has an unclosed 「{」.</source>
        <extracomment>索引号规则「%1」中有未闭合的「{」。</extracomment>
        <translation>The 索引号 pattern 「%1」 has an unclosed 「{」.</translation>
    </message>
    <message>
        <source>Unknown field 「{%1}」 in the 索引号 pattern: use {org}, {category}, {year} and {seq:N} (N from 1 to %2).</source>
        <extracomment>索引号规则中的字段「{%1}」无效：可用 {org}、{category}、{year}、{seq:N}（N 为 1–9 位）。</extracomment>
        <translation>Unknown field 「{%1}」 in the 索引号 pattern: use {org}, {category}, {year} and {seq:N} (N from 1 to %2).</translation>
    </message>
    <message>
        <source>The field 「{%1}」 appears more than once in the 索引号 pattern.</source>
        <extracomment>索引号规则中的字段「{%1}」出现了不止一次。</extracomment>
        <translation>The field 「{%1}」 appears more than once in the 索引号 pattern.</translation>
    </message>
    <message>
        <source>Character %2 of the 索引号 pattern 「%1」 is not allowed (no 「}」, space or invisible characters).</source>
        <extracomment>索引号规则「%1」的第 %2 个字符无效（不能含「}」、空白或不可见字符）。</extracomment>
        <translation>Character %2 of the 索引号 pattern 「%1」 is not allowed (no 「}」, space or invisible characters).</translation>
    </message>
    <message>
        <source>A 索引号 pattern needs {year} and {seq:N}: sequence numbers run per year.</source>
        <extracomment>索引号规则须含 {year} 和 {seq:N}：流水号按年度编排。</extracomment>
        <translation>A 索引号 pattern needs {year} and {seq:N}: sequence numbers run per year.</translation>
    </message>
    <message>
        <source>「%1」 is not a valid 统一社会信用代码 or 组织机构代码.</source>
        <extracomment>机构代码「%1」不是有效的统一社会信用代码或组织机构代码。</extracomment>
        <translation>「%1」 is not a valid 统一社会信用代码 or 组织机构代码.</translation>
    </message>
    <message>
        <source>This 索引号 needs a disclosure category.</source>
        <extracomment>此索引号须有主动公开类别。</extracomment>
        <translation>This 索引号 needs a disclosure category.</translation>
    </message>
    <message>
        <source>The year %1 is not valid.</source>
        <extracomment>年份 %1 无效。</extracomment>
        <translation>The year %1 is not valid.</translation>
    </message>
    <message>
        <source>The sequence number %1 is out of range (1–%2).</source>
        <extracomment>流水号 %1 超出范围（1–%2）。</extracomment>
        <translation>The sequence number %1 is out of range (1–%2).</translation>
    </message>
    <message>
        <source>「%1」 does not follow the 索引号 pattern 「%2」.</source>
        <extracomment>「%1」不符合索引号规则「%2」。</extracomment>
        <translation>「%1」 does not follow the 索引号 pattern 「%2」.</translation>
    </message>
    <message>
        <source>The category code 「%2」 in 「%1」 is not defined.</source>
        <extracomment>索引号「%1」中的类别代码「%2」未定义。</extracomment>
        <translation>The category code 「%2」 in 「%1」 is not defined.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::ItemEditor</name>
    <message>
        <source>Disclosure item</source>
        <extracomment>Dialog title: 编辑主动公开信息</extracomment>
        <translation>Disclosure item</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>密级 choice for an item without one: 无</extracomment>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::ItemWorkflow</name>
    <message>
        <source>disclosure editor</source>
        <extracomment>Role: 信息公开拟稿人</extracomment>
        <translation>disclosure editor</translation>
    </message>
    <message>
        <source>secrecy reviewer</source>
        <extracomment>Role: 保密审查员</extracomment>
        <translation>secrecy reviewer</translation>
    </message>
    <message>
        <source>disclosure leader</source>
        <extracomment>Role: 信息公开审核领导</extracomment>
        <translation>disclosure leader</translation>
    </message>
    <message>
        <source>「%1」 needs one of these roles: %2</source>
        <extracomment>Refusal: the step needs one of the roles, e.g. 「保密审查」需要以下角色之一：保密审查员</extracomment>
        <translation>「%1」 needs one of these roles: %2</translation>
    </message>
    <message>
        <source>The item is at 「%1」, not at 「%2」.</source>
        <extracomment>Refusal: the action belongs to another step; %1 is the item's status, %2 the one needed</extracomment>
        <translation>The item is at 「%1」, not at 「%2」.</translation>
    </message>
    <message>
        <source>The item may not be published:
%1</source>
        <extracomment>Refusal of 保密审查; %1 lists the places, one a line</extracomment>
        <translation>The item may not be published:
%1</translation>
    </message>
    <message>
        <source>「%1」: %2 %3</source>
        <extracomment>A 保密审查 finding without a place: 「密级」：机密</extracomment>
        <translation>「%1」: %2 %3</translation>
    </message>
    <message>
        <source>「%1」 line %2, column %3: %4 %5</source>
        <extracomment>A 保密审查 finding: 「正文」第3行第5列：居民身份证号码 110105********1234</extracomment>
        <translation>「%1」 line %2, column %3: %4 %5</translation>
    </message>
    <message>
        <source>classified</source>
        <extracomment>What 保密审查 found: the item carries a 密级</extracomment>
        <translation>classified</translation>
    </message>
    <message>
        <source>An item at 「%1」 cannot go back to 「%2」.</source>
        <extracomment>Refusal of a return; %1 is the item's status, %2 the step asked for</extracomment>
        <translation>An item at 「%1」 cannot go back to 「%2」.</translation>
    </message>
    <message>
        <source>Say why the item goes back.</source>
        <extracomment>Refusal: 退回 needs a reason</extracomment>
        <translation>Say why the item goes back.</translation>
    </message>
    <message>
        <source>Say why the item is withdrawn.</source>
        <extracomment>Refusal: 撤回 needs a reason</extracomment>
        <translation>Say why the item is withdrawn.</translation>
    </message>
    <message>
        <source>%1 is before the last change (%2)</source>
        <extracomment>Refusal of 更新: the new 形成或者变更日期 (%1) is before the old one (%2)</extracomment>
        <translation>%1 is before the last change (%2)</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::OrganisationCalendar</name>
    <message>
        <source>Changing the holiday calendar needs the role of a disclosure leader.</source>
        <extracomment>修改节假日安排需要「信息公开领导」角色。</extracomment>
        <translation>Changing the holiday calendar needs the role of a disclosure leader.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::PdfSave</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::PersonalDataChecker</name>
    <message>
        <source>ID card number</source>
        <extracomment>居民身份证号码</extracomment>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <extracomment>手机号码</extracomment>
        <translation>Mobile phone number</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::PortalPreviewDialog</name>
    <message>
        <source>Portal preview: %1</source>
        <extracomment>Title of the 门户预览 dialog: 门户预览：&lt;标题&gt;</extracomment>
        <translation>Portal preview: %1</translation>
    </message>
    <message>
        <source>Not published yet: this is how the portal will show the item once it is published. Links do not work in the preview.</source>
        <translation>Not published yet: this is how the portal will show the item once it is published. Links do not work in the preview.</translation>
    </message>
    <message>
        <source>As the portal shows the item. Links do not work in the preview.</source>
        <translation>As the portal shows the item. Links do not work in the preview.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::PublicationDeadline</name>
    <message>
        <source>The date the information was created or changed is missing.</source>
        <extracomment>缺少政府信息形成或者变更的日期。</extracomment>
        <translation>The date the information was created or changed is missing.</translation>
    </message>
    <message>
        <source>The publication date %1 is before the information was created or changed (%2).</source>
        <extracomment>发布日期（%1）早于形成或者变更的日期（%2）。</extracomment>
        <translation>The publication date %1 is before the information was created or changed (%2).</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::RegisterRequestDialog</name>
    <message>
        <source>Register a request</source>
        <extracomment>Dialog title: 登记政府信息公开申请</extracomment>
        <translation>Register a request</translation>
    </message>
    <message>
        <source>Handed in on</source>
        <extracomment>当面提交的日期</extracomment>
        <translation>Handed in on</translation>
    </message>
    <message>
        <source>Signed for on</source>
        <extracomment>邮寄申请的签收日期</extracomment>
        <translation>Signed for on</translation>
    </message>
    <message>
        <source>Receipt confirmed on</source>
        <extracomment>双方确认收到申请的日期</extracomment>
        <translation>Receipt confirmed on</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::ReplyDialog</name>
    <message>
        <source>Answer the request</source>
        <extracomment>Dialog title: 答复申请</extracomment>
        <translation>Answer the request</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::ReplyNotice</name>
    <message>
        <source>Request %1 has not been answered: there is no notice to write yet.</source>
        <extracomment>申请 %1 尚未答复，不能生成告知书。</extracomment>
        <translation>Request %1 has not been answered: there is no notice to write yet.</translation>
    </message>
    <message>
        <source>A notice names the organisation answering and the body that hears an appeal.</source>
        <extracomment>告知书须写明答复机关和行政复议机关。</extracomment>
        <translation>A notice names the organisation answering and the body that hears an appeal.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::ReportTab</name>
    <message>
        <source>Year</source>
        <extracomment>Label of the report's year: 年度</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <source>Save draft</source>
        <extracomment>Button: 保存草稿 (the annual report)</extracomment>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Publish…</source>
        <extracomment>Button: 发布 (the annual report, to the portal)</extracomment>
        <translation>Publish…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <extracomment>Button: 导出PDF</extracomment>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>IV. Administrative reviews and lawsuits</source>
        <extracomment>Group: 四、政府信息公开行政复议、行政诉讼情况 (entered by hand)</extracomment>
        <translation>IV. Administrative reviews and lawsuits</translation>
    </message>
    <message>
        <source>Upheld</source>
        <extracomment>结果维持</extracomment>
        <translation>Upheld</translation>
    </message>
    <message>
        <source>Corrected</source>
        <extracomment>结果纠正</extracomment>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>其他结果</extracomment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>尚未审结</extracomment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Administrative review</source>
        <extracomment>行政复议</extracomment>
        <translation>Administrative review</translation>
    </message>
    <message>
        <source>Lawsuit, direct</source>
        <extracomment>行政诉讼（未经复议直接起诉）</extracomment>
        <translation>Lawsuit, direct</translation>
    </message>
    <message>
        <source>Lawsuit after review</source>
        <extracomment>行政诉讼（复议后起诉）</extracomment>
        <translation>Lawsuit after review</translation>
    </message>
    <message>
        <source>I. Overview</source>
        <extracomment>Text section: 一、总体情况 (empty: a sentence from the figures)</extracomment>
        <translation>I. Overview</translation>
    </message>
    <message>
        <source>V. Problems and improvements</source>
        <extracomment>Text section: 五、存在的主要问题及改进情况</extracomment>
        <translation>V. Problems and improvements</translation>
    </message>
    <message>
        <source>VI. Other matters</source>
        <extracomment>Text section: 六、其他需要报告的事项</extracomment>
        <translation>VI. Other matters</translation>
    </message>
    <message>
        <source>Figures reconcile: %1 received, %2 carried over, %3 answered, %4 carried into next year; every request counted once.</source>
        <translation>Figures reconcile: %1 received, %2 carried over, %3 answered, %4 carried into next year; every request counted once.</translation>
    </message>
    <message>
        <source>Figures do not reconcile: %1</source>
        <translation>Figures do not reconcile: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <extracomment>The year's report has not been saved: 未保存</extracomment>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Published (%1)</source>
        <extracomment>已发布（2027年1月20日）</extracomment>
        <translation>Published (%1)</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>草稿</extracomment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Annual report %1.pdf</source>
        <extracomment>Default file name of the annual report PDF</extracomment>
        <translation>Annual report %1.pdf</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <extracomment>Save dialog title</extracomment>
        <translation>Export the annual report</translation>
    </message>
    <message>
        <source>Exported: %1 (%2 pages)</source>
        <translation>Exported: %1 (%2 pages)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <extracomment>正在导出年度报告…</extracomment>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Publish the %1 annual report on the public portal? It is visible to everyone after the next sync.</source>
        <extracomment>Confirmation: 将%1年度报告发布到政府信息公开网站？同步后公众即可查看。</extracomment>
        <translation>Publish the %1 annual report on the public portal? It is visible to everyone after the next sync.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::RequestDeadline</name>
    <message>
        <source>A request handed in counts as received on the day it is handed in: that date is missing.</source>
        <extracomment>当面提交的申请以提交之日为收到申请之日：缺少提交日期。</extracomment>
        <translation>A request handed in counts as received on the day it is handed in: that date is missing.</translation>
    </message>
    <message>
        <source>A request sent by post counts as received on the day it is signed for: that date is missing.</source>
        <extracomment>以邮寄方式提交的申请以签收之日为收到申请之日：缺少签收日期。</extracomment>
        <translation>A request sent by post counts as received on the day it is signed for: that date is missing.</translation>
    </message>
    <message>
        <source>A request by ordinary letter, online or by fax counts as received on the day its receipt is confirmed with the applicant: that date is missing.</source>
        <extracomment>以平常信函、互联网或传真提交的申请以双方确认之日为收到申请之日：缺少确认日期。</extracomment>
        <translation>A request by ordinary letter, online or by fax counts as received on the day its receipt is confirmed with the applicant: that date is missing.</translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation>Unknown channel.</translation>
    </message>
    <message>
        <source>The date the request was received is missing.</source>
        <extracomment>缺少收到申请的日期。</extracomment>
        <translation>The date the request was received is missing.</translation>
    </message>
    <message>
        <source>The completed request (补正) is dated %1, before the request was received on %2.</source>
        <extracomment>收到补正申请的日期（%1）早于收到申请的日期（%2）。</extracomment>
        <translation>The completed request (补正) is dated %1, before the request was received on %2.</translation>
    </message>
    <message>
        <source>The answer is dated %1, before the request was received.</source>
        <extracomment>答复日期（%1）早于收到申请的日期。</extracomment>
        <translation>The answer is dated %1, before the request was received.</translation>
    </message>
    <message>
        <source>A third-party consultation is dated %1, before the time limit started on %2.</source>
        <extracomment>征求第三方意见的日期（%1）早于起算日（%2）。</extracomment>
        <translation>A third-party consultation is dated %1, before the time limit started on %2.</translation>
    </message>
    <message>
        <source>A third party's answer is dated %1, before it was consulted on %2.</source>
        <extracomment>第三方意见的收到日期（%1）早于征求意见的日期（%2）。</extracomment>
        <translation>A third party's answer is dated %1, before it was consulted on %2.</translation>
    </message>
    <message>
        <source>An extension of %1 working days: at most %2 are allowed.</source>
        <extracomment>延长答复期限为 %1 个工作日：最长不得超过 %2 个工作日。</extracomment>
        <translation>An extension of %1 working days: at most %2 are allowed.</translation>
    </message>
    <message>
        <source>An extension must be approved and notified within the time limit (ending %1); it is dated %2.</source>
        <extracomment>延期须在答复期限（%1 届满）内经批准并告知申请人，批准日期为 %2。</extracomment>
        <translation>An extension must be approved and notified within the time limit (ending %1); it is dated %2.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::RequestSupervision</name>
    <message>
        <source>Disclosure request %1 (%2): %3 working day(s) overdue</source>
        <extracomment>依申请公开 %1（%2）：已超期 %3 个工作日</extracomment>
        <translation>Disclosure request %1 (%2): %3 working day(s) overdue</translation>
    </message>
    <message>
        <source>Disclosure request %1 (%2): past its time limit</source>
        <extracomment>依申请公开 %1（%2）：已超过答复期限</extracomment>
        <translation>Disclosure request %1 (%2): past its time limit</translation>
    </message>
    <message>
        <source>Disclosure request %1 (%2): %3 working day(s) left</source>
        <extracomment>依申请公开 %1（%2）：还剩 %3 个工作日</extracomment>
        <translation>Disclosure request %1 (%2): %3 working day(s) left</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>承办部门：未分配</extracomment>
        <translation>Unassigned</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::RequestWorkflow</name>
    <message>
        <source>Request %1 has been answered and is closed.</source>
        <extracomment>申请 %1 已答复办结，不能再办理。</extracomment>
        <translation>Request %1 has been answered and is closed.</translation>
    </message>
    <message>
        <source>Request %1 is registered already.</source>
        <extracomment>申请 %1 已经登记。</extracomment>
        <translation>Request %1 is registered already.</translation>
    </message>
    <message>
        <source>The department handling the request is missing.</source>
        <extracomment>承办部门不能为空。</extracomment>
        <translation>The department handling the request is missing.</translation>
    </message>
    <message>
        <source>A request is completed (补正) once (Art. 30); this one was on %1.</source>
        <extracomment>补正只能一次（条例第三十条），本申请已于 %1 补正。</extracomment>
        <translation>A request is completed (补正) once (Art. 30); this one was on %1.</translation>
    </message>
    <message>
        <source>The completed request is dated before the request was received.</source>
        <extracomment>补正日期早于收到申请日期。</extracomment>
        <translation>The completed request is dated before the request was received.</translation>
    </message>
    <message>
        <source>A request already extended or sent for consultation cannot be completed any more: 补正 comes first.</source>
        <extracomment>已延期或已征求第三方意见的申请不能再要求补正。</extracomment>
        <translation>A request already extended or sent for consultation cannot be completed any more: 补正 comes first.</translation>
    </message>
    <message>
        <source>A request is extended once (Art. 33); this one was on %1.</source>
        <extracomment>延期只能一次（条例第三十三条），本申请已于 %1 延期。</extracomment>
        <translation>A request is extended once (Art. 33); this one was on %1.</translation>
    </message>
    <message>
        <source>Extended by %2 working days, approved by %1.</source>
        <extracomment>经%1批准，延长答复期限%2个工作日</extracomment>
        <translation>Extended by %2 working days, approved by %1.</translation>
    </message>
    <message>
        <source>There is no such third-party consultation.</source>
        <extracomment>没有这次征求第三方意见。</extracomment>
        <translation>There is no such third-party consultation.</translation>
    </message>
    <message>
        <source>%1 answered on %2 already.</source>
        <extracomment>%1 已于 %2 答复。</extracomment>
        <translation>%1 answered on %2 already.</translation>
    </message>
    <message>
        <source>The reply is dated %1, before the request (or its completion) was received on %2.</source>
        <extracomment>答复日期（%1）早于收到申请（或补正）的日期 %2。</extracomment>
        <translation>The reply is dated %1, before the request (or its completion) was received on %2.</translation>
    </message>
    <message>
        <source>The reply is dated before a third party was consulted.</source>
        <extracomment>答复日期早于征求第三方意见的日期。</extracomment>
        <translation>The reply is dated before a third party was consulted.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::RequestsTab</name>
    <message>
        <source>Registered</source>
        <extracomment>Steps of a 依申请公开 request: 登记, 分办, 补正, 延期, 征求第三方意见, 第三方答复, 答复</extracomment>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Completed by the applicant</source>
        <translation>Completed by the applicant</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Third party consulted</source>
        <translation>Third party consulted</translation>
    </message>
    <message>
        <source>Third party answered</source>
        <extracomment>Dialog title: 第三方答复</extracomment>
        <translation>Third party answered</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Serial</source>
        <extracomment>Column of the 依申请公开 list: 登记号</extracomment>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Applicant</source>
        <extracomment>Column: 申请人</extracomment>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Applicant type</source>
        <extracomment>Column: 申请人类型</extracomment>
        <translation>Applicant type</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Column: 收到申请日期</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <source>Department</source>
        <extracomment>Column: 承办部门</extracomment>
        <translation>Department</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>Column: 答复期限</extracomment>
        <translation>Due</translation>
    </message>
    <message>
        <source>Working days left</source>
        <extracomment>Column: 剩余工作日 (negative: overdue)</extracomment>
        <translation>Working days left</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Column: 办理结果</extracomment>
        <translation>Result</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>%1 requests, %2 open: %3 due soon, %4 overdue.</source>
        <extracomment>Summary above the 依申请公开 list: 共 120 件，办理中 12 件，其中临期 3 件、超期 2 件</extracomment>
        <translation>%1 requests, %2 open: %3 due soon, %4 overdue.</translation>
    </message>
    <message>
        <source>Applicant: %1 (%2)</source>
        <extracomment>Line of a request's detail: 申请人</extracomment>
        <translation>Applicant: %1 (%2)</translation>
    </message>
    <message>
        <source>Extended by %1 working days</source>
        <extracomment>A request's extension: 延长答复期限 N 个工作日</extracomment>
        <translation>Extended by %1 working days</translation>
    </message>
    <message>
        <source>Register…</source>
        <extracomment>Button: 登记 a new request</extracomment>
        <translation>Register…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <extracomment>Button: 分办 (hand to the department that answers)</extracomment>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Completed…</source>
        <extracomment>Button: 补正 (the applicant completed the request)</extracomment>
        <translation>Completed…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <extracomment>Button: 延期</extracomment>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>Consult…</source>
        <extracomment>Button: 征求第三方意见</extracomment>
        <translation>Consult…</translation>
    </message>
    <message>
        <source>Third party answered…</source>
        <extracomment>Button: 第三方答复</extracomment>
        <translation>Third party answered…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <extracomment>Button: 答复</extracomment>
        <translation>Answer…</translation>
    </message>
    <message>
        <source>Reply notice PDF…</source>
        <extracomment>Button: 告知书 as PDF</extracomment>
        <translation>Reply notice PDF…</translation>
    </message>
    <message>
        <source>Assign the request</source>
        <extracomment>Dialog title: 分办</extracomment>
        <translation>Assign the request</translation>
    </message>
    <message>
        <source>Completed request received</source>
        <extracomment>Dialog title: 补正</extracomment>
        <translation>Completed request received</translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <extracomment>Dialog title: 延期答复</extracomment>
        <translation>Extend the time limit</translation>
    </message>
    <message>
        <source>Consult a third party</source>
        <extracomment>Dialog title: 征求第三方意见</extracomment>
        <translation>Consult a third party</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <extracomment>没有这件申请。</extracomment>
        <translation>There is no such request.</translation>
    </message>
    <message>
        <source>Reply notice %1.pdf</source>
        <extracomment>Default file name of a 告知书: 告知书-2026-0012.pdf</extracomment>
        <translation>Reply notice %1.pdf</translation>
    </message>
    <message>
        <source>Save the reply notice</source>
        <extracomment>Save dialog title: 保存告知书</extracomment>
        <translation>Save the reply notice</translation>
    </message>
    <message>
        <source>Reply notice saved: %1 (%2 pages)</source>
        <translation>Reply notice saved: %1 (%2 pages)</translation>
    </message>
    <message>
        <source>Writing the reply notice…</source>
        <extracomment>正在生成告知书…</extracomment>
        <translation>Writing the reply notice…</translation>
    </message>
    <message>
        <source>Channel: %1; received on %2</source>
        <extracomment>Line of a request's detail: 申请方式：邮寄；收到申请日期：2026年11月3日</extracomment>
        <translation>Channel: %1; received on %2</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <extracomment>Line of a request's detail: 承办部门</extracomment>
        <translation>Department: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <extracomment>剩余 N 个工作日</extracomment>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <extracomment>已超期 N 个工作日</extracomment>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Due on %1 (%2)</source>
        <extracomment>Line of a request's detail: 答复期限：2026年12月1日（剩余 3 个工作日）</extracomment>
        <translation>Due on %1 (%2)</translation>
    </message>
    <message>
        <source>; paused while a third party is consulted</source>
        <translation>; paused while a third party is consulted</translation>
    </message>
    <message>
        <source>Consulted %1 on %2, answered on %3</source>
        <translation>Consulted %1 on %2, answered on %3</translation>
    </message>
    <message>
        <source>Consulted %1 on %2, not answered yet</source>
        <translation>Consulted %1 on %2, not answered yet</translation>
    </message>
    <message>
        <source>Timeliness by department this year</source>
        <extracomment>Heading of the per-department figures: 各承办部门办理时效（本年度）</extracomment>
        <translation>Timeliness by department this year</translation>
    </message>
    <message>
        <source>On time</source>
        <extracomment>Column: 按时答复率</extracomment>
        <translation>On time</translation>
    </message>
    <message>
        <source>Overdue open</source>
        <extracomment>Column: 超期未答复（件）</extracomment>
        <translation>Overdue open</translation>
    </message>
    <message>
        <source>Average working days</source>
        <extracomment>Column: 平均用时（工作日）</extracomment>
        <translation>Average working days</translation>
    </message>
    <message>
        <source>Answered requests</source>
        <extracomment>Column: 已答复（件）</extracomment>
        <translation>Answered requests</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::StepDialog</name>
    <message>
        <source>In person</source>
        <extracomment>申请方式: 当面提交</extracomment>
        <translation>In person</translation>
    </message>
    <message>
        <source>By post (signed for)</source>
        <extracomment>申请方式: 邮寄 (registered post or courier, signed for)</extracomment>
        <translation>By post (signed for)</translation>
    </message>
    <message>
        <source>Plain letter</source>
        <extracomment>申请方式: 平常信函</extracomment>
        <translation>Plain letter</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>申请方式: 互联网</extracomment>
        <translation>Online</translation>
    </message>
    <message>
        <source>Fax</source>
        <extracomment>申请方式: 传真</extracomment>
        <translation>Fax</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents</name>
    <message>
        <source>The document number is empty.</source>
        <translation>The document number is empty.</translation>
    </message>
    <message>
        <source>The document number must begin with the issuing authority's code, as in 「桂政发〔2014〕12号」.</source>
        <translation>The document number must begin with the issuing authority's code, as in 「桂政发〔2014〕12号」.</translation>
    </message>
    <message>
        <source>The year of the document number must be enclosed in hexagonal brackets 〔〕, as in 「桂政发〔2014〕12号」.</source>
        <translation>The year of the document number must be enclosed in hexagonal brackets 〔〕, as in 「桂政发〔2014〕12号」.</translation>
    </message>
    <message>
        <source>The year of the document number is enclosed in %1; only the hexagonal brackets 〔〕 are allowed.</source>
        <translation>The year of the document number is enclosed in %1; only the hexagonal brackets 〔〕 are allowed.</translation>
    </message>
    <message>
        <source>The year of the document number must have four digits (found 「%1」).</source>
        <translation>The year of the document number must have four digits (found 「%1」).</translation>
    </message>
    <message>
        <source>The sequence number must not be preceded by 「第」: write 「12号」, not 「第12号」.</source>
        <translation>The sequence number must not be preceded by 「第」: write 「12号」, not 「第12号」.</translation>
    </message>
    <message>
        <source>The document number has no sequence number after the year.</source>
        <translation>The document number has no sequence number after the year.</translation>
    </message>
    <message>
        <source>The sequence number must be a positive number without leading zeros (found 「%1」).</source>
        <translation>The sequence number must be a positive number without leading zeros (found 「%1」).</translation>
    </message>
    <message>
        <source>The sequence number must be written in Arabic digits (found 「%1」).</source>
        <translation>The sequence number must be written in Arabic digits (found 「%1」).</translation>
    </message>
    <message>
        <source>The document number must end with 「号」.</source>
        <translation>The document number must end with 「号」.</translation>
    </message>
    <message>
        <source>The document number must end with 「号」; 「%1」 follows it.</source>
        <translation>The document number must end with 「号」; 「%1」 follows it.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::BodyRevisions</name>
    <message>
        <source>Changes are accepted or rejected in the order they were made; decide the earlier ones first.</source>
        <translation>Changes are accepted or rejected in the order they were made; decide the earlier ones first.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DisclosureHandover</name>
    <message>
        <source>Only a document marked 「此件公开发布」 in its remark goes to disclosure.</source>
        <extracomment>Refusal of 转信息公开: the 附注 does not say 此件公开发布</extracomment>
        <translation>Only a document marked 「此件公开发布」 in its remark goes to disclosure.</translation>
    </message>
    <message>
        <source>The disclosure module is not available.</source>
        <extracomment>Refusal of 转信息公开: the 信息公开 module is not available</extracomment>
        <translation>The disclosure module is not available.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DispatchWorkflow</name>
    <message>
        <source>The document has already been distributed.</source>
        <translation>The document has already been distributed.</translation>
    </message>
    <message>
        <source>Only a signatory may sign a document: %1 does not hold the signing role.</source>
        <translation>Only a signatory may sign a document: %1 does not hold the signing role.</translation>
    </message>
    <message>
        <source>The document cannot pass %1:
%2</source>
        <translation>The document cannot pass %1:
%2</translation>
    </message>
    <message>
        <source>A distributed document cannot be returned to an earlier step.</source>
        <translation>A distributed document cannot be returned to an earlier step.</translation>
    </message>
    <message>
        <source>A document can only be returned to an earlier step: it is at %1, not past %2.</source>
        <translation>A document can only be returned to an earlier step: it is at %1, not past %2.</translation>
    </message>
    <message>
        <source>Give the reason for returning the document to %1.</source>
        <translation>Give the reason for returning the document to %1.</translation>
    </message>
    <message>
        <source>The tracked changes of the body must be accepted or rejected before %1.</source>
        <translation>The tracked changes of the body must be accepted or rejected before %1.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentElements</name>
    <message>
        <source>Copy number</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <source>Security classification</source>
        <translation>Security classification</translation>
    </message>
    <message>
        <source>Secrecy period</source>
        <translation>Secrecy period</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Issuing authority mark</source>
        <translation>Issuing authority mark</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Main recipients</source>
        <translation>Main recipients</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>List of attachments</source>
        <translation>List of attachments</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Copied to</source>
        <translation>Copied to</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>Printing date</source>
        <translation>Printing date</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Also attending</source>
        <translation>Also attending</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentHandling</name>
    <message>
        <source>Your organisation's electronic seal is not on this computer, so the document cannot be sealed. The seal is given only to signatories of the organisation: a signatory synchronises once to receive it and then takes the Seal step; if you are one, synchronise now and try again. If it still fails, ask the administrator to issue the seal (govdesk-syncd seal issue).</source>
        <extracomment>用印 refused: 本机没有本单位的电子印章……</extracomment>
        <translation>Your organisation's electronic seal is not on this computer, so the document cannot be sealed. The seal is given only to signatories of the organisation: a signatory synchronises once to receive it and then takes the Seal step; if you are one, synchronise now and try again. If it still fails, ask the administrator to issue the seal (govdesk-syncd seal issue).</translation>
    </message>
    <message>
        <source>The seal on this computer belongs to %1, not to your organisation; synchronise to receive your organisation's seal.</source>
        <translation>The seal on this computer belongs to %1, not to your organisation; synchronise to receive your organisation's seal.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentListModel</name>
    <message>
        <source>Awaiting sign-for</source>
        <extracomment>当前环节 of an arrival not yet signed for: 待签收</extracomment>
        <translation>Awaiting sign-for</translation>
    </message>
    <message>
        <source>%1 (returned)</source>
        <extracomment>当前环节 after a return: 核稿（退回）</extracomment>
        <translation>%1 (returned)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>当前环节 past its handling period: 核稿（逾期）</extracomment>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Handling period ended %1</source>
        <extracomment>Tooltip: 办理时限 %1</extracomment>
        <translation>Handling period ended %1</translation>
    </message>
    <message>
        <source>Document number</source>
        <extracomment>发文字号</extracomment>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>标题</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>文种</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Urgency</source>
        <extracomment>紧急程度</extracomment>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Classification</source>
        <extracomment>密级</extracomment>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Current step</source>
        <extracomment>当前环节</extracomment>
        <translation>Current step</translation>
    </message>
    <message>
        <source>Date received</source>
        <extracomment>收文日期</extracomment>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <extracomment>成文日期</extracomment>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>[Tampered with] %1</source>
        <extracomment>A sealed document changed since: 【已被篡改】 before its title</extracomment>
        <translation>[Tampered with] %1</translation>
    </message>
    <message>
        <source>%1
Changed after it was sealed: the electronic seal no longer matches. Open it to see what changed.</source>
        <extracomment>Tooltip of a document changed after 用印</extracomment>
        <translation>%1
Changed after it was sealed: the electronic seal no longer matches. Open it to see what changed.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentNumber</name>
    <message>
        <source>Not yet numbered</source>
        <extracomment>待编号 — registered, the number not yet allocated by the server</extracomment>
        <translation>Not yet numbered</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentOutput</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>The printer did not take page %1.</source>
        <translation>The printer did not take page %1.</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>The document could not be printed.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).

Fonts used:
%2</source>
        <translation>
            <numerusform>Saved %1 (%n page(s)).

Fonts used:
%2</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Signed with the seal of %1.</source>
        <translation>Signed with the seal of %1.</translation>
    </message>
    <message>
        <source>The document is not sealed.</source>
        <translation>The document is not sealed.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).

%2

Fonts used:
%3

Embedded in the OFD:
%4</source>
        <translation>
            <numerusform>Saved %1 (%n page(s)).

%2

Fonts used:
%3

Embedded in the OFD:
%4</numerusform>
            <numerusform>Saved %1 (%n page(s)).

%2

Fonts used:
%3

Embedded in the OFD:
%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as OFD</source>
        <translation>Export as OFD</translation>
    </message>
    <message>
        <source>OFD documents (*.ofd)</source>
        <extracomment>OFD: 版式文档 (GB/T 33190), what archives require</extracomment>
        <translation>OFD documents (*.ofd)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentSealer</name>
    <message>
        <source>The seal certificate of %1 is not valid now; ask the administrator to issue the seal again.</source>
        <translation>The seal certificate of %1 is not valid now; ask the administrator to issue the seal again.</translation>
    </message>
    <message>
        <source>The seal key of %1 does not match its certificate; fetch the seal again.</source>
        <translation>The seal key of %1 does not match its certificate; fetch the seal again.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentValidator</name>
    <message>
        <source>The copy number must be six Arabic digits, such as 「000001」 (found 「%1」).</source>
        <translation>The copy number must be six Arabic digits, such as 「000001」 (found 「%1」).</translation>
    </message>
    <message>
        <source>A classified document (%1) must carry a copy number.</source>
        <translation>A classified document (%1) must carry a copy number.</translation>
    </message>
    <message>
        <source>A secrecy period is marked only on a classified document (secret, confidential or top secret).</source>
        <translation>A secrecy period is marked only on a classified document (secret, confidential or top secret).</translation>
    </message>
    <message>
        <source>The document number is malformed: %1</source>
        <translation>The document number is malformed: %1</translation>
    </message>
    <message>
        <source>The document has not been numbered yet: register it before sealing and sending.</source>
        <translation>The document has not been numbered yet: register it before sealing and sending.</translation>
    </message>
    <message>
        <source>An upward document (%1) must name its signatory.</source>
        <translation>An upward document (%1) must name its signatory.</translation>
    </message>
    <message>
        <source>The title is required: issuing authority, subject and document type.</source>
        <translation>The title is required: issuing authority, subject and document type.</translation>
    </message>
    <message>
        <source>Name at least one main recipient before sending the document.</source>
        <translation>Name at least one main recipient before sending the document.</translation>
    </message>
    <message>
        <source>The date of issue is required from signing on, written like 「2014年4月16日」.</source>
        <translation>The date of issue is required from signing on, written like 「2014年4月16日」.</translation>
    </message>
    <message>
        <source>The printing date cannot be earlier than the date of issue.</source>
        <translation>The printing date cannot be earlier than the date of issue.</translation>
    </message>
    <message>
        <source>A %1 document must never be sent through the electronic exchange: classified documents may not travel on a non-classified network.</source>
        <translation>A %1 document must never be sent through the electronic exchange: classified documents may not travel on a non-classified network.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentView</name>
    <message>
        <source>Submit for review</source>
        <extracomment>送核稿</extracomment>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>Review done</source>
        <extracomment>核稿完毕</extracomment>
        <translation>Review done</translation>
    </message>
    <message>
        <source>Sign…</source>
        <extracomment>签发…</extracomment>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Check done</source>
        <extracomment>复核完毕</extracomment>
        <translation>Check done</translation>
    </message>
    <message>
        <source>Register</source>
        <extracomment>登记编号
----------
登记 of an arrival
----------
登记: the 机关代字 of the 发文字号, e.g. 柳政办发; the number follows at the next sync.</extracomment>
        <translation>Register</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>用印</extracomment>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Distribute</source>
        <extracomment>分发</extracomment>
        <translation>Distribute</translation>
    </message>
    <message>
        <source>Propose…</source>
        <extracomment>拟办…</extracomment>
        <translation>Propose…</translation>
    </message>
    <message>
        <source>Instruct…</source>
        <extracomment>批办…</extracomment>
        <translation>Instruct…</translation>
    </message>
    <message>
        <source>Handling done</source>
        <extracomment>承办完毕</extracomment>
        <translation>Handling done</translation>
    </message>
    <message>
        <source>Conclude</source>
        <extracomment>办结</extracomment>
        <translation>Conclude</translation>
    </message>
    <message>
        <source>Archive</source>
        <extracomment>归档</extracomment>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>History: 办理 (a step completed)</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>History: 退回</extracomment>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Signed for</source>
        <extracomment>History: 签收</extracomment>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>Sent back</source>
        <extracomment>History: 退回来文单位</extracomment>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>Circulated to %1</source>
        <extracomment>History: 传阅给 %1</extracomment>
        <translation>Circulated to %1</translation>
    </message>
    <message>
        <source>Urged</source>
        <extracomment>History: 催办</extracomment>
        <translation>Urged</translation>
    </message>
    <message>
        <source>Back to list</source>
        <extracomment>Back to the list: 返回列表</extracomment>
        <translation>Back to list</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>办理记录: 时间, 环节, 办理人, 操作, 意见</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Opinion or reason</source>
        <translation>Opinion or reason</translation>
    </message>
    <message>
        <source>Delivery to recipients</source>
        <extracomment>分发情况</extracomment>
        <translation>Delivery to recipients</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>分发情况: 单位, 状态, 时间, 签收人或退回原因</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Person or reason</source>
        <translation>Person or reason</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>办理记录</extracomment>
        <translation>History</translation>
    </message>
    <message>
        <source>Awaiting sign-for</source>
        <translation>Awaiting sign-for</translation>
    </message>
    <message>
        <source>Return to…</source>
        <extracomment>退回至…</extracomment>
        <translation>Return to…</translation>
    </message>
    <message>
        <source>Return</source>
        <extracomment>Title and label of the reason asked for a return</extracomment>
        <translation>Return</translation>
    </message>
    <message>
        <source>Why is it returned to %1?</source>
        <translation>Why is it returned to %1?</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Distributed</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <extracomment>编辑草稿</extracomment>
        <translation>Edit draft</translation>
    </message>
    <message>
        <source>%1 · Current step: %2</source>
        <extracomment>Above the document: 发文字号 · 当前环节：核稿</extracomment>
        <translation>%1 · Current step: %2</translation>
    </message>
    <message>
        <source>Sign</source>
        <extracomment>The signatory's opinion at 签发; the suggestion is 同意。</extracomment>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Signing opinion:</source>
        <translation>Signing opinion:</translation>
    </message>
    <message>
        <source>Agreed.</source>
        <translation>Agreed.</translation>
    </message>
    <message>
        <source>Sign for</source>
        <extracomment>签收</extracomment>
        <translation>Sign for</translation>
    </message>
    <message>
        <source>Send back…</source>
        <extracomment>退回来文单位…</extracomment>
        <translation>Send back…</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>Why is it sent back to the sender (e.g. misaddressed)?</source>
        <translation>Why is it sent back to the sender (e.g. misaddressed)?</translation>
    </message>
    <message>
        <source>Proposed handling:</source>
        <extracomment>拟办意见 / 批办意见</extracomment>
        <translation>Proposed handling:</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation>Instruction:</translation>
    </message>
    <message>
        <source>Circulate…</source>
        <extracomment>传阅…</extracomment>
        <translation>Circulate…</translation>
    </message>
    <message>
        <source>Circulate</source>
        <translation>Circulate</translation>
    </message>
    <message>
        <source>Who is to read it (names separated by 、 or commas)?</source>
        <translation>Who is to read it (names separated by 、 or commas)?</translation>
    </message>
    <message>
        <source>Urge…</source>
        <extracomment>催办…</extracomment>
        <translation>Urge…</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>Urge</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>Reminder:</translation>
    </message>
    <message>
        <source>Issuing authority code (for example 柳政办发); the number follows at the next sync:</source>
        <translation>Issuing authority code (for example 柳政办发); the number follows at the next sync:</translation>
    </message>
    <message>
        <source>Tracked changes</source>
        <extracomment>留痕</extracomment>
        <translation>Tracked changes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <extracomment>附件</extracomment>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>This document was also handled elsewhere (for example signed or returned by someone else first). Nothing is lost: compare both versions under Sync → Conflicts and choose the one to keep; then its steps continue here.</source>
        <extracomment>此公文也在别处办理了（例如他人已先签发）……</extracomment>
        <translation>This document was also handled elsewhere (for example signed or returned by someone else first). Nothing is lost: compare both versions under Sync → Conflicts and choose the one to keep; then its steps continue here.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentsPage</name>
    <message>
        <source>Drafts</source>
        <extracomment>草稿</extracomment>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>To do</source>
        <extracomment>待办</extracomment>
        <translation>To do</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>已发</extracomment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>收文</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <source>Archived</source>
        <extracomment>归档</extracomment>
        <translation>Archived</translation>
    </message>
    <message>
        <source>All types</source>
        <extracomment>Filter: 全部文种 / 全部年度 / 全部紧急程度 / 全部环节</extracomment>
        <translation>All types</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <source>Year:</source>
        <extracomment>Filter labels: 年度, 文种, 紧急程度, 环节</extracomment>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Step:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>All steps</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A list and its count: 待办（12）</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <extracomment>Subtitle: 共 %n 件</extracomment>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), %1 overdue</source>
        <extracomment>Subtitle: 共 %n 件，其中 %1 件已逾期</extracomment>
        <translation>
            <numerusform>%n document, %1 overdue</numerusform>
            <numerusform>%n documents, %1 overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents could not be read</source>
        <translation>The documents could not be read</translation>
    </message>
    <message>
        <source>No document matches the filter</source>
        <translation>No document matches the filter</translation>
    </message>
    <message>
        <source>Choose 「All」 in the filters to see the whole list.</source>
        <translation>Choose 「All」 in the filters to see the whole list.</translation>
    </message>
    <message>
        <source>Start a new document with 「New document」 in the Documents menu.</source>
        <translation>Start a new document with 「New document」 in the Documents menu.</translation>
    </message>
    <message>
        <source>Documents appear here as they reach this step.</source>
        <translation>Documents appear here as they reach this step.</translation>
    </message>
    <message>
        <source>No documents in %1</source>
        <extracomment>Empty list: 暂无公文</extracomment>
        <translation>No documents in %1</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentsRecords</name>
    <message>
        <source>The document no longer exists on this computer.</source>
        <translation>The document no longer exists on this computer.</translation>
    </message>
    <message>
        <source>This document was not received by your organisation.</source>
        <translation>This document was not received by your organisation.</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>A 公文 to-do: 【待签发】柳州市人民政府办公室关于…的通知</extracomment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Official document</source>
        <extracomment>Search filter and type of 公文 entries</extracomment>
        <translation>Official document</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>The series is the issuing authority's code alone, such as 柳政办发: letters without year, brackets or number.</source>
        <translation>The series is the issuing authority's code alone, such as 柳政办发: letters without year, brackets or number.</translation>
    </message>
    <message>
        <source>The body is changed with tracked changes only at review, signing and checking; after that the signed text is frozen.</source>
        <translation>The body is changed with tracked changes only at review, signing and checking; after that the signed text is frozen.</translation>
    </message>
    <message>
        <source>This document was also handled elsewhere (for example signed or returned by someone else first). Nothing is lost: compare both versions under Sync → Conflicts and choose the one to keep before the next step.</source>
        <translation>This document was also handled elsewhere (for example signed or returned by someone else first). Nothing is lost: compare both versions under Sync → Conflicts and choose the one to keep before the next step.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentsUiPlugin</name>
    <message>
        <source>&amp;New document…</source>
        <extracomment>新建公文…</extracomment>
        <translation>&amp;New document…</translation>
    </message>
    <message>
        <source>A document draft has unsaved changes.</source>
        <extracomment>Why quitting or locking waits: 公文草稿有未保存的修改</extracomment>
        <translation>A document draft has unsaved changes.</translation>
    </message>
    <message>
        <source>Export as &amp;OFD…</source>
        <extracomment>导出 OFD…: the document on screen as an OFD (版式文档) for archives</extracomment>
        <translation>Export as &amp;OFD…</translation>
    </message>
    <message>
        <source>Export as OFD</source>
        <translation>Export as OFD</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Open a document first.</translation>
    </message>
    <message>
        <source>Hand over to &amp;disclosure…</source>
        <extracomment>转信息公开…: hand the document on screen to 信息公开 as a 主动公开 draft</extracomment>
        <translation>Hand over to &amp;disclosure…</translation>
    </message>
    <message>
        <source>A disclosure draft was made; edit and submit it under Disclosure.</source>
        <translation>A disclosure draft was made; edit and submit it under Disclosure.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DraftForm</name>
    <message>
        <source>Not set</source>
        <extracomment>An empty date field: 未填写</extracomment>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Save draft</source>
        <extracomment>保存草稿</extracomment>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <extracomment>送核稿</extracomment>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>关闭</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>e.g. 1年, 6个月, 长期</source>
        <extracomment>Placeholder of 保密期限</extracomment>
        <translation>e.g. 1年, 6个月, 长期</translation>
    </message>
    <message>
        <source>6 digits, e.g. 000001</source>
        <extracomment>Placeholder of 份号</extracomment>
        <translation>6 digits, e.g. 000001</translation>
    </message>
    <message>
        <source>Numbered at registration</source>
        <extracomment>Placeholder of 发文字号: 登记时编号</extracomment>
        <translation>Numbered at registration</translation>
    </message>
    <message>
        <source>Names, separated by commas (required for reports and requests)</source>
        <extracomment>Placeholder of 签发人</extracomment>
        <translation>Names, separated by commas (required for reports and requests)</translation>
    </message>
    <message>
        <source>Issuing authority + subject + type, e.g. …关于…的通知</source>
        <extracomment>Placeholder of 标题</extracomment>
        <translation>Issuing authority + subject + type, e.g. …关于…的通知</translation>
    </message>
    <message>
        <source>Organisations, separated by commas</source>
        <extracomment>Placeholder of 主送机关 and 抄送机关</extracomment>
        <translation>Organisations, separated by commas</translation>
    </message>
    <message>
        <source>One attachment name per line, without 「附件：」 and numbers</source>
        <extracomment>Placeholder of 附件说明</extracomment>
        <translation>One attachment name per line, without 「附件：」 and numbers</translation>
    </message>
    <message>
        <source>Header</source>
        <extracomment>GB/T 9704 part of the page: 版头</extracomment>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body of the document</source>
        <extracomment>GB/T 9704 part of the page: 主体</extracomment>
        <translation>Body of the document</translation>
    </message>
    <message>
        <source>Footer</source>
        <extracomment>GB/T 9704 part of the page: 版记</extracomment>
        <translation>Footer</translation>
    </message>
    <message>
        <source>Draft a document</source>
        <extracomment>Title of the draft form: 拟稿</extracomment>
        <translation>Draft a document</translation>
    </message>
    <message>
        <source>Write the secrecy period like 「1年」, 「6个月」 or 「长期」.</source>
        <translation>Write the secrecy period like 「1年」, 「6个月」 or 「长期」.</translation>
    </message>
    <message>
        <source>Attachment files</source>
        <extracomment>附件: the files themselves, kept encrypted in the profile and sent with the document</extracomment>
        <translation>Attachment files</translation>
    </message>
    <message>
        <source>Organisations and names, e.g. 市林业和园林局陈静，市水利局刘洋</source>
        <extracomment>Placeholder of 出席 in a 纪要: units and names as printed after 「出席：」</extracomment>
        <translation>Organisations and names, e.g. 市林业和园林局陈静，市水利局刘洋</translation>
    </message>
    <message>
        <source>Red-header template: %1</source>
        <extracomment>The 发文机关标志 field when the organisation's 套红 template gives it: 套红模板：柳州市人民政府办公室文件</extracomment>
        <translation>Red-header template: %1</translation>
    </message>
    <message>
        <source>The organisation's red-header template (%1) prints the mark; this field is used only where there is no template.</source>
        <extracomment>Tooltip of the 发文机关标志 field when a 套红 template exists</extracomment>
        <translation>The organisation's red-header template (%1) prints the mark; this field is used only where there is no template.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::OfdExporter</name>
    <message>
        <source>The seal of this document has no electronic signature, so the OFD shows the seal's picture without a signature.</source>
        <translation>The seal of this document has no electronic signature, so the OFD shows the seal's picture without a signature.</translation>
    </message>
    <message>
        <source>This computer does not hold the seal that sealed this document (a document from another organisation, or you are not its signatory): the OFD shows the seal's picture without a signature.</source>
        <translation>This computer does not hold the seal that sealed this document (a document from another organisation, or you are not its signatory): the OFD shows the seal's picture without a signature.</translation>
    </message>
    <message>
        <source>This document was sealed with another seal than %1's: the OFD shows the seal's picture without a signature.</source>
        <translation>This document was sealed with another seal than %1's: the OFD shows the seal's picture without a signature.</translation>
    </message>
    <message>
        <source>The seal of this document does not verify (%1), so the OFD is not signed.</source>
        <translation>The seal of this document does not verify (%1), so the OFD is not signed.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n character(s) embedded, %3 KB</source>
        <translation>
            <numerusform>%1 %2: %n character(s) embedded, %3 KB</numerusform>
            <numerusform>%1 %2: %n character(s) embedded, %3 KB</numerusform>
        </translation>
    </message>
    <message>
        <source>The document has no signature block to press the seal on, so the OFD is not signed.</source>
        <translation>The document has no signature block to press the seal on, so the OFD is not signed.</translation>
    </message>
    <message>
        <source>The OFD could not be written: %1</source>
        <translation>The OFD could not be written: %1</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::OfdFonts</name>
    <message>
        <source>The font %1 could not be embedded.</source>
        <translation>The font %1 could not be embedded.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::OfdPackage</name>
    <message>
        <source>The OFD package could not be started.</source>
        <translation>The OFD package could not be started.</translation>
    </message>
    <message>
        <source>%1 could not be added to the OFD package.</source>
        <translation>%1 could not be added to the OFD package.</translation>
    </message>
    <message>
        <source>The OFD package could not be finished.</source>
        <translation>The OFD package could not be finished.</translation>
    </message>
    <message>
        <source>The file is not an OFD package.</source>
        <translation>The file is not an OFD package.</translation>
    </message>
    <message>
        <source>The file is not an OFD package (not a ZIP archive).</source>
        <translation>The file is not an OFD package (not a ZIP archive).</translation>
    </message>
    <message>
        <source>The OFD package has too many files.</source>
        <translation>The OFD package has too many files.</translation>
    </message>
    <message>
        <source>The OFD package is damaged.</source>
        <translation>The OFD package is damaged.</translation>
    </message>
    <message>
        <source>The OFD package names a file outside itself: %1</source>
        <translation>The OFD package names a file outside itself: %1</translation>
    </message>
    <message>
        <source>The OFD package is too large to open.</source>
        <translation>The OFD package is too large to open.</translation>
    </message>
    <message>
        <source>%1 in the OFD package cannot be read.</source>
        <translation>%1 in the OFD package cannot be read.</translation>
    </message>
    <message>
        <source>The OFD package holds %1 twice.</source>
        <translation>The OFD package holds %1 twice.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::OfdSignature</name>
    <message>
        <source>The seal key of %1 does not match its certificate; fetch the seal again.</source>
        <translation>The seal key of %1 does not match its certificate; fetch the seal again.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::OfdSignatureVerifier</name>
    <message>
        <source>%1 is not readable XML.</source>
        <translation>%1 is not readable XML.</translation>
    </message>
    <message>
        <source>The OFD package lacks %1, which %2 names.</source>
        <translation>The OFD package lacks %1, which %2 names.</translation>
    </message>
    <message>
        <source>The file is not an OFD package (it has no OFD.xml).</source>
        <translation>The file is not an OFD package (it has no OFD.xml).</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::OfdTextRuns</name>
    <message>
        <source>No installed font has these characters, so the OFD cannot show them: %1. Install a font that has them (for rare characters: fonts-noto-cjk-extra) and export again.</source>
        <translation>No installed font has these characters, so the OFD cannot show them: %1. Install a font that has them (for rare characters: fonts-noto-cjk-extra) and export again.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::OfficialFonts</name>
    <message>
        <source>Issuing authority mark (xiaobiaosong)</source>
        <translation>Issuing authority mark (xiaobiaosong)</translation>
    </message>
    <message>
        <source>Title (xiaobiaosong)</source>
        <translation>Title (xiaobiaosong)</translation>
    </message>
    <message>
        <source>Body text (fangsong)</source>
        <translation>Body text (fangsong)</translation>
    </message>
    <message>
        <source>First-level headings (heiti)</source>
        <translation>First-level headings (heiti)</translation>
    </message>
    <message>
        <source>Second-level headings (kaiti)</source>
        <translation>Second-level headings (kaiti)</translation>
    </message>
    <message>
        <source>Page numbers (songti)</source>
        <translation>Page numbers (songti)</translation>
    </message>
    <message>
        <source>Distribution record (fangsong)</source>
        <translation>Distribution record (fangsong)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (substitute: the standard font is not installed)</source>
        <translation>%1: %2 (substitute: the standard font is not installed)</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::PdfExporter</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>The PDF could not be started.</translation>
    </message>
    <message>
        <source>The PDF could not take page %1.</source>
        <translation>The PDF could not take page %1.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>The PDF could not be finished.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>The PDF could not be written: %1</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::ReceiptWorkflow</name>
    <message>
        <source>This document has already been signed for or sent back.</source>
        <translation>This document has already been signed for or sent back.</translation>
    </message>
    <message>
        <source>Only a document not yet signed for can be sent back to its sender.</source>
        <translation>Only a document not yet signed for can be sent back to its sender.</translation>
    </message>
    <message>
        <source>Give the reason for sending the document back, e.g. misaddressed.</source>
        <translation>Give the reason for sending the document back, e.g. misaddressed.</translation>
    </message>
    <message>
        <source>Sign for the document before handling it.</source>
        <translation>Sign for the document before handling it.</translation>
    </message>
    <message>
        <source>The handling of this document is finished (%1).</source>
        <translation>The handling of this document is finished (%1).</translation>
    </message>
    <message>
        <source>Only a leader may give the instruction (%1) on a received document.</source>
        <translation>Only a leader may give the instruction (%1) on a received document.</translation>
    </message>
    <message>
        <source>Write the opinion of the step %1.</source>
        <translation>Write the opinion of the step %1.</translation>
    </message>
    <message>
        <source>A received document at %1 cannot be returned to %2.</source>
        <translation>A received document at %1 cannot be returned to %2.</translation>
    </message>
    <message>
        <source>Give the reason for returning the document to %1.</source>
        <translation>Give the reason for returning the document to %1.</translation>
    </message>
    <message>
        <source>Only a document signed for and not yet archived can be circulated.</source>
        <translation>Only a document signed for and not yet archived can be circulated.</translation>
    </message>
    <message>
        <source>Name who is to read the document.</source>
        <translation>Name who is to read the document.</translation>
    </message>
    <message>
        <source>Only a document signed for and not yet archived can be urged.</source>
        <translation>Only a document signed for and not yet archived can be urged.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::RecipientsField</name>
    <message>
        <source>Directory…</source>
        <extracomment>Button beside 主送机关/抄送机关: pick organisations from the server's directory</extracomment>
        <translation>Directory…</translation>
    </message>
    <message>
        <source>Pick organisations that receive the document through the electronic exchange</source>
        <translation>Pick organisations that receive the document through the electronic exchange</translation>
    </message>
    <message>
        <source>No directory yet: it is fetched at the next sync</source>
        <extracomment>The directory of organisations is fetched from the sync server</extracomment>
        <translation>No directory yet: it is fetched at the next sync</translation>
    </message>
    <message>
        <source>Sent electronically to: %1</source>
        <extracomment>Under 主送/抄送: who gets the document through the exchange</extracomment>
        <translation>Sent electronically to: %1</translation>
    </message>
    <message>
        <source>Not in the directory, so not sent electronically (send a paper copy): %1</source>
        <extracomment>Under 主送/抄送: names typed in that are not in the directory of organisations</extracomment>
        <translation>Not in the directory, so not sent electronically (send a paper copy): %1</translation>
    </message>
    <message>
        <source>Pick organisations from the directory to send them the document electronically; names typed in are printed but not sent.</source>
        <translation>Pick organisations from the directory to send them the document electronically; names typed in are printed but not sent.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::RevisionsPanel</name>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>To decide</translation>
    </message>
    <message>
        <source>Change the body</source>
        <translation>Change the body</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Change the body…</source>
        <translation>Change the body…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <extracomment>The first revision: the draft as it left 拟稿</extracomment>
        <translation>%1 (draft)</translation>
    </message>
    <message>
        <source>Tracked changes</source>
        <translation>Tracked changes</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::SealRecord</name>
    <message>
        <source>The seal data of this document is damaged.</source>
        <translation>The seal data of this document is damaged.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::SealStatusLabel</name>
    <message>
        <source>Electronic seal: cannot be checked yet — the seal authority's certificate reaches this computer with the next synchronisation.</source>
        <extracomment>The seal CA certificate is not in the profile yet</extracomment>
        <translation>Electronic seal: cannot be checked yet — the seal authority's certificate reaches this computer with the next synchronisation.</translation>
    </message>
    <message>
        <source>Electronic seal: cannot be checked — %1</source>
        <translation>Electronic seal: cannot be checked — %1</translation>
    </message>
    <message>
        <source>Electronic seal valid: %1, sealed on %2.</source>
        <extracomment>电子印章有效：柳州市人民政府办公室，于2026-02-27 09:30用印。</extracomment>
        <translation>Electronic seal valid: %1, sealed on %2.</translation>
    </message>
    <message>
        <source>Electronic seal valid: %1, sealed by %2 on %3.</source>
        <extracomment>电子印章有效：柳州市人民政府办公室，刘洋于2026-02-27 09:30用印。</extracomment>
        <translation>Electronic seal valid: %1, sealed by %2 on %3.</translation>
    </message>
    <message>
        <source>This is a demo seal made on this computer for training; it is not a real seal.</source>
        <extracomment>Appended for a seal of the demo profile</extracomment>
        <translation>This is a demo seal made on this computer for training; it is not a real seal.</translation>
    </message>
    <message>
        <source>Electronic seal: %1. %2</source>
        <extracomment>电子印章：已被篡改。用印后已改动：正文。</extracomment>
        <translation>Electronic seal: %1. %2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::SealVerification</name>
    <message>
        <source>Not sealed</source>
        <translation>Not sealed</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Tampered with</source>
        <translation>Tampered with</translation>
    </message>
    <message>
        <source>Certificate invalid</source>
        <translation>Certificate invalid</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <extracomment>附件2（附件2.pdf）: an attachment by its number and file name</extracomment>
        <translation>Attachment %1</translation>
    </message>
    <message>
        <source>Attachment %1 (%2)</source>
        <translation>Attachment %1 (%2)</translation>
    </message>
    <message>
        <source>The seal's own data was altered: its signature does not match.</source>
        <translation>The seal's own data was altered: its signature does not match.</translation>
    </message>
    <message>
        <source>Changed after sealing: %1.</source>
        <extracomment>%1 lists elements: 标题、正文、附件2（附件2.pdf）</extracomment>
        <translation>Changed after sealing: %1.</translation>
    </message>
    <message>
        <source>The seal certificate was not issued by the seal authority of the sync server.</source>
        <translation>The seal certificate was not issued by the seal authority of the sync server.</translation>
    </message>
    <message>
        <source>The seal certificate was not valid when the document was sealed (valid %1 to %2).</source>
        <translation>The seal certificate was not valid when the document was sealed (valid %1 to %2).</translation>
    </message>
    <message>
        <source>The seal belongs to another organisation than the one that issued the document.</source>
        <translation>The seal belongs to another organisation than the one that issued the document.</translation>
    </message>
    <message>
        <source>The seal certificate cannot be used.</source>
        <translation>The seal certificate cannot be used.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::AfforestationTypes</name>
    <message>
        <source>Planting</source>
        <extracomment>人工造林</extracomment>
        <translation>Planting</translation>
    </message>
    <message>
        <source>Aerial seeding</source>
        <extracomment>飞播造林</extracomment>
        <translation>Aerial seeding</translation>
    </message>
    <message>
        <source>Hill closure</source>
        <extracomment>封山育林</extracomment>
        <translation>Hill closure</translation>
    </message>
    <message>
        <source>Degraded forest repair</source>
        <extracomment>退化林修复</extracomment>
        <translation>Degraded forest repair</translation>
    </message>
    <message>
        <source>Regeneration</source>
        <extracomment>人工更新</extracomment>
        <translation>Regeneration</translation>
    </message>
    <message>
        <source>Grain for Green</source>
        <extracomment>退耕还林</extracomment>
        <translation>Grain for Green</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::AreaUnits</name>
    <message>
        <source>mu</source>
        <extracomment>亩</extracomment>
        <translation>mu</translation>
    </message>
    <message>
        <source>ha</source>
        <extracomment>公顷</extracomment>
        <translation>ha</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::DatasetKinds</name>
    <message>
        <source>County</source>
        <extracomment>县（市、区）</extracomment>
        <translation>County</translation>
    </message>
    <message>
        <source>1 to 40 characters</source>
        <extracomment>1 到 40 个字符</extracomment>
        <translation>1 to 40 characters</translation>
    </message>
    <message>
        <source>Year</source>
        <extracomment>年度</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <source>Area unit</source>
        <extracomment>面积单位</extracomment>
        <translation>Area unit</translation>
    </message>
    <message>
        <source>公顷 or 亩</source>
        <extracomment>公顷或亩</extracomment>
        <translation>公顷 or 亩</translation>
    </message>
    <message>
        <source>Forest resource indicators</source>
        <extracomment>森林资源主要指标</extracomment>
        <translation>Forest resource indicators</translation>
    </message>
    <message>
        <source>Afforestation plan and progress</source>
        <extracomment>营造林计划与完成</extracomment>
        <translation>Afforestation plan and progress</translation>
    </message>
    <message>
        <source>Forest fire danger</source>
        <extracomment>森林火险等级</extracomment>
        <translation>Forest fire danger</translation>
    </message>
    <message>
        <source>Forest fires</source>
        <extracomment>森林火灾</extracomment>
        <translation>Forest fires</translation>
    </message>
    <message>
        <source>Forest pests</source>
        <extracomment>林业有害生物</extracomment>
        <translation>Forest pests</translation>
    </message>
    <message>
        <source>Land area</source>
        <extracomment>国土面积</extracomment>
        <translation>Land area</translation>
    </message>
    <message>
        <source>Forest land area</source>
        <extracomment>林地面积</extracomment>
        <translation>Forest land area</translation>
    </message>
    <message>
        <source>Forest area</source>
        <extracomment>森林面积</extracomment>
        <translation>Forest area</translation>
    </message>
    <message>
        <source>Growing stock (m³)</source>
        <extracomment>森林蓄积量（立方米）</extracomment>
        <translation>Growing stock (m³)</translation>
    </message>
    <message>
        <source>Afforestation type</source>
        <extracomment>造林类型</extracomment>
        <translation>Afforestation type</translation>
    </message>
    <message>
        <source>人工造林, 飞播造林, 封山（沙）育林, 退化林修复, 人工更新 or 退耕还林</source>
        <extracomment>人工造林、飞播造林、封山（沙）育林、退化林修复、人工更新或退耕还林</extracomment>
        <translation>人工造林, 飞播造林, 封山（沙）育林, 退化林修复, 人工更新 or 退耕还林</translation>
    </message>
    <message>
        <source>Planned area</source>
        <extracomment>计划任务</extracomment>
        <translation>Planned area</translation>
    </message>
    <message>
        <source>Completed area</source>
        <extracomment>完成面积</extracomment>
        <translation>Completed area</translation>
    </message>
    <message>
        <source>Season start</source>
        <extracomment>作业开始</extracomment>
        <translation>Season start</translation>
    </message>
    <message>
        <source>Season end</source>
        <extracomment>作业结束</extracomment>
        <translation>Season end</translation>
    </message>
    <message>
        <source>Reported on</source>
        <extracomment>统计截至</extracomment>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Survival rate (%)</source>
        <extracomment>成活率（%）</extracomment>
        <translation>Survival rate (%)</translation>
    </message>
    <message>
        <source>Area</source>
        <extracomment>区域（林区、乡镇）</extracomment>
        <translation>Area</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>日期</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fire danger level</source>
        <extracomment>火险等级</extracomment>
        <translation>Fire danger level</translation>
    </message>
    <message>
        <source>Fire number</source>
        <extracomment>火灾编号</extracomment>
        <translation>Fire number</translation>
    </message>
    <message>
        <source>1 to 32 letters, digits or hyphens</source>
        <extracomment>1 到 32 位字母、数字或连字符</extracomment>
        <translation>1 to 32 letters, digits or hyphens</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>起火地点</extracomment>
        <translation>Place</translation>
    </message>
    <message>
        <source>Started at</source>
        <extracomment>起火时间</extracomment>
        <translation>Started at</translation>
    </message>
    <message>
        <source>Cause</source>
        <extracomment>起火原因</extracomment>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Burned area</source>
        <extracomment>过火面积</extracomment>
        <translation>Burned area</translation>
    </message>
    <message>
        <source>Damaged forest area</source>
        <extracomment>受害森林面积</extracomment>
        <translation>Damaged forest area</translation>
    </message>
    <message>
        <source>Deaths</source>
        <extracomment>死亡人数</extracomment>
        <translation>Deaths</translation>
    </message>
    <message>
        <source>Serious injuries</source>
        <extracomment>重伤人数</extracomment>
        <translation>Serious injuries</translation>
    </message>
    <message>
        <source>Pest species</source>
        <extracomment>有害生物种类</extracomment>
        <translation>Pest species</translation>
    </message>
    <message>
        <source>Report date</source>
        <extracomment>统计日期</extracomment>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Affected area</source>
        <extracomment>发生面积</extracomment>
        <translation>Affected area</translation>
    </message>
    <message>
        <source>Damaged area</source>
        <extracomment>成灾面积</extracomment>
        <translation>Damaged area</translation>
    </message>
    <message>
        <source>Treated area</source>
        <extracomment>防治面积</extracomment>
        <translation>Treated area</translation>
    </message>
    <message>
        <source>Pollution-free treated area</source>
        <extracomment>无公害防治面积</extracomment>
        <translation>Pollution-free treated area</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::FireClasses</name>
    <message>
        <source>Ordinary forest fire</source>
        <extracomment>一般森林火灾</extracomment>
        <translation>Ordinary forest fire</translation>
    </message>
    <message>
        <source>Larger forest fire</source>
        <extracomment>较大森林火灾</extracomment>
        <translation>Larger forest fire</translation>
    </message>
    <message>
        <source>Major forest fire</source>
        <extracomment>重大森林火灾</extracomment>
        <translation>Major forest fire</translation>
    </message>
    <message>
        <source>Extraordinary forest fire</source>
        <extracomment>特别重大森林火灾</extracomment>
        <translation>Extraordinary forest fire</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::FireDanger</name>
    <message>
        <source>Level 1 (low)</source>
        <extracomment>一级（低）</extracomment>
        <translation>Level 1 (low)</translation>
    </message>
    <message>
        <source>Level 2 (fairly low)</source>
        <extracomment>二级（较低）</extracomment>
        <translation>Level 2 (fairly low)</translation>
    </message>
    <message>
        <source>Level 3 (fairly high)</source>
        <extracomment>三级（较高）</extracomment>
        <translation>Level 3 (fairly high)</translation>
    </message>
    <message>
        <source>Level 4 (high)</source>
        <extracomment>四级（高）</extracomment>
        <translation>Level 4 (high)</translation>
    </message>
    <message>
        <source>Level 5 (extreme)</source>
        <extracomment>五级（极高）</extracomment>
        <translation>Level 5 (extreme)</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::ForestryChartOptions</name>
    <message>
        <source>Afforestation against plan (%1)</source>
        <extracomment>营造林进度（%1）</extracomment>
        <translation>Afforestation against plan (%1)</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>计划任务</extracomment>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Due by now</source>
        <extracomment>按期应完成</extracomment>
        <translation>Due by now</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>已完成</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Daily highest fire danger and areas at level 4–5</source>
        <extracomment>森林火险等级（每日最高）与高火险区域数</extracomment>
        <translation>Daily highest fire danger and areas at level 4–5</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>火险等级</extracomment>
        <translation>Level</translation>
    </message>
    <message>
        <source>Areas</source>
        <extracomment>区域数</extracomment>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Areas at level 4–5</source>
        <extracomment>高火险区域数</extracomment>
        <translation>Areas at level 4–5</translation>
    </message>
    <message>
        <source>Highest level</source>
        <extracomment>最高火险等级</extracomment>
        <translation>Highest level</translation>
    </message>
    <message>
        <source>High danger</source>
        <extracomment>高火险</extracomment>
        <translation>High danger</translation>
    </message>
    <message>
        <source>Forest pests: affected area (%1)</source>
        <extracomment>林业有害生物发生面积（%1）</extracomment>
        <translation>Forest pests: affected area (%1)</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::ForestryModule</name>
    <message>
        <source>Forestry warning</source>
        <extracomment>Search filter: 林业预警</extracomment>
        <translation>Forestry warning</translation>
    </message>
    <message>
        <source>Forestry dataset</source>
        <extracomment>Search filter: 林业数据集</extracomment>
        <translation>Forestry dataset</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>数据类型</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>标题</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>文件名</extracomment>
        <translation>File</translation>
    </message>
    <message>
        <source>Loaded at</source>
        <extracomment>加载时间</extracomment>
        <translation>Loaded at</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::ForestryPage</name>
    <message>
        <source>Area unit</source>
        <extracomment>面积单位</extracomment>
        <translation>Area unit</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>导入…</extracomment>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <extracomment>导出…</extracomment>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>总览</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Fire danger</source>
        <extracomment>森林火险</extracomment>
        <translation>Fire danger</translation>
    </message>
    <message>
        <source>Pests</source>
        <extracomment>有害生物</extracomment>
        <translation>Pests</translation>
    </message>
    <message>
        <source>Counties compared</source>
        <extracomment>县区对比</extracomment>
        <translation>Counties compared</translation>
    </message>
    <message>
        <source>Datasets</source>
        <extracomment>数据集</extracomment>
        <translation>Datasets</translation>
    </message>
    <message>
        <source>Forest land</source>
        <extracomment>林地面积 / 森林面积 / 森林覆盖率 / 森林蓄积量</extracomment>
        <translation>Forest land</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Forest</translation>
    </message>
    <message>
        <source>Forest coverage</source>
        <translation>Forest coverage</translation>
    </message>
    <message>
        <source>Growing stock</source>
        <translation>Growing stock</translation>
    </message>
    <message>
        <source>Warnings</source>
        <extracomment>预警</extracomment>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Forest fires</source>
        <extracomment>森林火灾</extracomment>
        <translation>Forest fires</translation>
    </message>
    <message>
        <source>Latest reports</source>
        <extracomment>最新一期监测</extracomment>
        <translation>Latest reports</translation>
    </message>
    <message>
        <source>The forestry data cannot be read.</source>
        <extracomment>林业数据无法读取</extracomment>
        <translation>The forestry data cannot be read.</translation>
    </message>
    <message>
        <source>Fire danger, last %1 days to %2 (levels 4 and 5 are high danger)</source>
        <extracomment>近 %1 天森林火险等级（截至 %2，四级、五级为高火险）</extracomment>
        <translation>Fire danger, last %1 days to %2 (levels 4 and 5 are high danger)</translation>
    </message>
    <message>
        <source>No fire danger data yet</source>
        <extracomment>尚无森林火险数据</extracomment>
        <translation>No fire danger data yet</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <extracomment>%n 个数据集</extracomment>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n county(ies) in all</source>
        <extracomment>%1年 %2 个县（区）合计</extracomment>
        <translation>
            <numerusform>%1, %n county(ies) in all</numerusform>
            <numerusform>%1, %n county(ies) in all</numerusform>
        </translation>
    </message>
    <message>
        <source>No indicators yet</source>
        <translation>No indicators yet</translation>
    </message>
    <message>
        <source>%1 10k m³</source>
        <extracomment>万立方米</extracomment>
        <translation>%1 10k m³</translation>
    </message>
    <message>
        <source>%1 pt on %2</source>
        <extracomment>同比 %1 个百分点</extracomment>
        <translation>%1 pt on %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>同比 %1</extracomment>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Import forestry data</source>
        <extracomment>导入林业数据 / 数据类型：
----------
CSV 或 JSON 文件</extracomment>
        <translation>Import forestry data</translation>
    </message>
    <message>
        <source>Kind of data:</source>
        <translation>Kind of data:</translation>
    </message>
    <message>
        <source>CSV or JSON files (*.csv *.json);;All files (*)</source>
        <translation>CSV or JSON files (*.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <extracomment>导入：%1</extracomment>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>The imported data could not be kept as a dataset.</source>
        <extracomment>导入的数据未能保存为数据集</extracomment>
        <translation>The imported data could not be kept as a dataset.</translation>
    </message>
    <message>
        <source>Table (CSV)</source>
        <extracomment>表格（CSV） / 图表（PNG） / 页面（PDF）</extracomment>
        <translation>Table (CSV)</translation>
    </message>
    <message>
        <source>Chart (PNG)</source>
        <translation>Chart (PNG)</translation>
    </message>
    <message>
        <source>Page (PDF)</source>
        <translation>Page (PDF)</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>导出 / 导出为：</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>Export as:</translation>
    </message>
    <message>
        <source>This page has no chart to export.</source>
        <extracomment>这一页没有可导出的图表</extracomment>
        <translation>This page has no chart to export.</translation>
    </message>
    <message>
        <source>Exported %1, areas in %2</source>
        <extracomment>导出时间 %1，面积单位 %2</extracomment>
        <translation>Exported %1, areas in %2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::ForestryTableViews</name>
    <message>
        <source>Danger</source>
        <extracomment>危险</extracomment>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>警示</extracomment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Attention</source>
        <extracomment>关注</extracomment>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>级别 / 事项 / 情况</extracomment>
        <translation>Severity</translation>
    </message>
    <message>
        <source>County</source>
        <extracomment>县 / 区域
----------
县 / 种类 / 统计日期 / 发生面积 / 成灾面积 / 防治面积 / 防治率 / 无公害防治率 / 成灾率（‰）
----------
县 / 林地面积 / 森林面积 / 森林覆盖率 / 覆盖率同比 / 森林蓄积量 / 每公顷蓄积 / 营造林完成率 / 有害生物发生面积 / 高火险区域</extracomment>
        <translation>County</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>火灾编号 / 县 / 起火地点 / 起火时间 / 起火原因 / 过火面积 / 受害森林面积 / 伤亡 / 等级</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Burned (%1)</source>
        <translation>Burned (%1)</translation>
    </message>
    <message>
        <source>Forest damaged (%1)</source>
        <translation>Forest damaged (%1)</translation>
    </message>
    <message>
        <source>Deaths / injuries</source>
        <translation>Deaths / injuries</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Species</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Affected (%1)</source>
        <translation>Affected (%1)</translation>
    </message>
    <message>
        <source>Damaged (%1)</source>
        <translation>Damaged (%1)</translation>
    </message>
    <message>
        <source>Treated (%1)</source>
        <translation>Treated (%1)</translation>
    </message>
    <message>
        <source>Treatment rate</source>
        <translation>Treatment rate</translation>
    </message>
    <message>
        <source>Pollution-free rate</source>
        <translation>Pollution-free rate</translation>
    </message>
    <message>
        <source>Damage rate (‰ of forest)</source>
        <translation>Damage rate (‰ of forest)</translation>
    </message>
    <message>
        <source>Forest land (%1)</source>
        <translation>Forest land (%1)</translation>
    </message>
    <message>
        <source>Forest (%1)</source>
        <translation>Forest (%1)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Coverage, year on year</source>
        <translation>Coverage, year on year</translation>
    </message>
    <message>
        <source>Growing stock (m³)</source>
        <translation>Growing stock (m³)</translation>
    </message>
    <message>
        <source>Stock per ha (m³)</source>
        <translation>Stock per ha (m³)</translation>
    </message>
    <message>
        <source>Afforestation done</source>
        <translation>Afforestation done</translation>
    </message>
    <message>
        <source>Pests affected (%1)</source>
        <translation>Pests affected (%1)</translation>
    </message>
    <message>
        <source>Areas at level 4–5</source>
        <translation>Areas at level 4–5</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <extracomment>个百分点</extracomment>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>Matter</source>
        <comment>warnings table column</comment>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Situation</source>
        <comment>warnings table column</comment>
        <translation>Situation</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::ForestryUiPlugin</name>
    <message>
        <source>&amp;Import forestry data…</source>
        <extracomment>导入林业数据…</extracomment>
        <translation>&amp;Import forestry data…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::ForestryWarnings</name>
    <message>
        <source>High fire danger: %1 %2</source>
        <extracomment>高火险：%1 %2（森林火险等级）</extracomment>
        <translation>High fire danger: %1 %2</translation>
    </message>
    <message>
        <source>%1 %2: forest fire danger %4 on %3 — ban open fires and step up patrols.</source>
        <extracomment>%1 %2 在 %3 的森林火险等级为%4，应发布禁火令并加强巡护。</extracomment>
        <translation>%1 %2: forest fire danger %4 on %3 — ban open fires and step up patrols.</translation>
    </message>
    <message>
        <source>Pest spreading: %1 %2</source>
        <extracomment>有害生物扩散：%1 %2</extracomment>
        <translation>Pest spreading: %1 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 ha affected (%5 ha on %4, %6), %7 ha damaged.</source>
        <extracomment>%1 %2 发生面积 %3 公顷（%4 为 %5 公顷，%6），成灾面积 %7 公顷。</extracomment>
        <translation>%1 %2: %3 ha affected (%5 ha on %4, %6), %7 ha damaged.</translation>
    </message>
    <message>
        <source>Afforestation behind plan: %1 %2</source>
        <extracomment>营造林滞后：%1 %2</extracomment>
        <translation>Afforestation behind plan: %1 %2</translation>
    </message>
    <message>
        <source>%1 %2: %4 ha done by %3 (%6% of the %5 ha planned); %7% was due by then, %8 ha short.</source>
        <extracomment>%1 %2 截至 %3 完成 %4 公顷（计划 %5 公顷的 %6%），按作业期应完成 %7%，差 %8 公顷。</extracomment>
        <translation>%1 %2: %4 ha done by %3 (%6% of the %5 ha planned); %7% was due by then, %8 ha short.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Print::HtmlPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>无法写入 %1：%2</extracomment>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Print::PdfTextMap</name>
    <message>
        <source>The PDF's text map could not be corrected.</source>
        <translation>The PDF's text map could not be corrected.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::ConflictDialog</name>
    <message>
        <source>Keep my version</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <source>Use the server's version</source>
        <translation>Use the server's version</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>My version (on this computer)</source>
        <translation>My version (on this computer)</translation>
    </message>
    <message>
        <source>Server's version</source>
        <translation>Server's version</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>%1 — %2 (found %3)</source>
        <translation>%1 — %2 (found %3)</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>The conflicts could not be read: %1</translation>
    </message>
    <message>
        <source>No conflicts. Every local change has reached the server or is waiting to be sent.</source>
        <translation>No conflicts. Every local change has reached the server or is waiting to be sent.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These records were changed here and on the server. Nothing has been lost: choose which version to keep for each one. Fields marked • differ.</source>
        <translation>These records were changed here and on the server. Nothing has been lost: choose which version to keep for each one. Fields marked • differ.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::DamageDialog</name>
    <message>
        <source>Restore backup…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>GovDesk backups (*.gdbackup);;All files (*)</source>
        <translation>GovDesk backups (*.gdbackup);;All files (*)</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Passphrase of the backup:</translation>
    </message>
    <message>
        <source>Profile file damaged</source>
        <translation>Profile file damaged</translation>
    </message>
    <message>
        <source>The file of the profile "%1" is damaged.</source>
        <translation>The file of the profile "%1" is damaged.</translation>
    </message>
    <message>
        <source>Part of the file failed its integrity check: a disk error or another program changed it. GovDesk will not write anything more to this file, so that the damage does not spread.

Restore your last backup (a .gdbackup file) to go on working. The damaged file is kept unchanged until the restored copy has been checked.</source>
        <translation>Part of the file failed its integrity check: a disk error or another program changed it. GovDesk will not write anything more to this file, so that the damage does not spread.

Restore your last backup (a .gdbackup file) to go on working. The damaged file is kept unchanged until the restored copy has been checked.</translation>
    </message>
    <message>
        <source>Technical detail for support staff: %1</source>
        <translation>Technical detail for support staff: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Restoring and checking the backup…</source>
        <translation>Restoring and checking the backup…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::GlobalSearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search documents, requests, reports… (Ctrl+K)</source>
        <translation>Search documents, requests, reports… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Search failed</translation>
    </message>
    <message>
        <source>No results for "%1"</source>
        <translation>No results for "%1"</translation>
    </message>
    <message>
        <source>Check the spelling or use fewer words.</source>
        <translation>Check the spelling or use fewer words.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>module name, number of hits</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::LockOverlay</name>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>%1 is locked. Enter the passphrase to continue; unsaved work is kept.</source>
        <translation>%1 is locked. Enter the passphrase to continue; unsaved work is kept.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::MainWindow</name>
    <message>
        <source>GovDesk — %1</source>
        <translation>GovDesk — %1</translation>
    </message>
    <message>
        <source>Demo mode — all data is fictional</source>
        <translation>Demo mode — all data is fictional</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Unavailable: %1</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (unavailable)</translation>
    </message>
    <message>
        <source>No modules are installed</source>
        <translation>No modules are installed</translation>
    </message>
    <message>
        <source>GovDesk found no module plugins. Reinstall GovDesk or ask your administrator.</source>
        <translation>GovDesk found no module plugins. Reinstall GovDesk or ask your administrator.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Search everywhere…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Reset demo data…</source>
        <translation>&amp;Reset demo data…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About GovDesk</source>
        <translation>&amp;About GovDesk</translation>
    </message>
    <message>
        <source>About GovDesk</source>
        <translation>About GovDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;GovDesk %1&lt;/b&gt;&lt;br&gt;A desktop for government offices: official documents, information disclosure, forestry, water and court management.&lt;br&gt;Data is kept encrypted on this computer.</source>
        <translation>&lt;b&gt;GovDesk %1&lt;/b&gt;&lt;br&gt;A desktop for government offices: official documents, information disclosure, forestry, water and court management.&lt;br&gt;Data is kept encrypted on this computer.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock GovDesk (Ctrl+L)</source>
        <translation>Lock GovDesk (Ctrl+L)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Demo: never syncs</source>
        <translation>Demo: never syncs</translation>
    </message>
    <message>
        <source>Offline (no server configured)</source>
        <translation>Offline (no server configured)</translation>
    </message>
    <message>
        <source>Reset demo data</source>
        <translation>Reset demo data</translation>
    </message>
    <message>
        <source>All changes made in the demo are discarded and the demo data is created again. Continue?</source>
        <translation>All changes made in the demo are discarded and the demo data is created again. Continue?</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>Sync off while locked</source>
        <translation>Sync off while locked</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Module</translation>
    </message>
    <message>
        <source>The module "%1" has no page.</source>
        <translation>The module "%1" has no page.</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1 has unsaved changes.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::NewProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Optional, e.g. https://sync.example.gov.cn</source>
        <translation>Optional, e.g. https://sync.example.gov.cn</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Sync server:</source>
        <translation>Sync server:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>The server address must start with https://.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choose a passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Creating the profile and its encryption key…</source>
        <translation>Creating the profile and its encryption key…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::ProfileDialog</name>
    <message>
        <source>Last used %1</source>
        <translation>Last used %1</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>New profile…</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo mode</translation>
    </message>
    <message>
        <source>GovDesk</source>
        <translation>GovDesk</translation>
    </message>
    <message>
        <source>Choose your profile and enter its passphrase.</source>
        <translation>Choose your profile and enter its passphrase.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Fictional data for training; nothing is sent to a server.</source>
        <translation>Fictional data for training; nothing is sent to a server.</translation>
    </message>
    <message>
        <source>There is no profile yet. Create one, or try the demo mode.</source>
        <translation>There is no profile yet. Create one, or try the demo mode.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation>Preparing the demo…</translation>
    </message>
    <message>
        <source>Profile created. Enter its passphrase to unlock it.</source>
        <translation>Profile created. Enter its passphrase to unlock it.</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>The backup was restored and checked. Enter the backup's passphrase to unlock the profile.</source>
        <translation>The backup was restored and checked. Enter the backup's passphrase to unlock the profile.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Optional, e.g. socks5://10.1.1.1:1080</source>
        <translation>Optional, e.g. socks5://10.1.1.1:1080</translation>
    </message>
    <message>
        <source>This profile</source>
        <translation>This profile</translation>
    </message>
    <message>
        <source>Auto-lock:</source>
        <translation>Auto-lock:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Unlock the profile to change its settings.</source>
        <translation>Unlock the profile to change its settings.</translation>
    </message>
    <message>
        <source>Demo profiles never sync.</source>
        <translation>Demo profiles never sync.</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Takes effect at the next start.</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Font size:</translation>
    </message>
    <message>
        <source>Sync must use https://, not http://.</source>
        <translation>Sync must use https://, not http://.</translation>
    </message>
    <message>
        <source>Enter an address such as https://oa.example.gov.cn</source>
        <translation>Enter an address such as https://oa.example.gov.cn</translation>
    </message>
    <message>
        <source>Enter an http:// or socks5:// address, such as socks5://10.1.1.1:1080</source>
        <translation>Enter an http:// or socks5:// address, such as socks5://10.1.1.1:1080</translation>
    </message>
    <message>
        <source>Optional: PEM file of your office's CA</source>
        <translation>Optional: PEM file of your office's CA</translation>
    </message>
    <message>
        <source>Only on request</source>
        <translation>Only on request</translation>
    </message>
    <message>
        <source>Server CA:</source>
        <translation>Server CA:</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Sync every:</translation>
    </message>
    <message>
        <source>Enter the full path of the file, e.g. /etc/ssl/certs/office-ca.pem</source>
        <translation>Enter the full path of the file, e.g. /etc/ssl/certs/office-ca.pem</translation>
    </message>
    <message>
        <source>This file does not exist or cannot be read.</source>
        <translation>This file does not exist or cannot be read.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::ShellController</name>
    <message>
        <source>GovDesk</source>
        <translation>GovDesk</translation>
    </message>
    <message>
        <source>Reset demo data</source>
        <translation>Reset demo data</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::SignInDialog</name>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Sign in to the sync server</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Sign in with your real-name account to send and receive changes.</source>
        <translation>Sign in with your real-name account to send and receive changes.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send local changes and fetch new ones (F5)</source>
        <translation>Send local changes and fetch new ones (F5)</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>sync time today</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>M/d HH:mm</source>
        <comment>sync time this year</comment>
        <translation>M/d HH:mm</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>sync time other years</comment>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>last synced %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Sync off</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>Sending %1 of %2…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %n record(s)</source>
        <translation>
            <numerusform>Receiving… %n record</numerusform>
            <numerusform>Receiving… %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server busy, retrying in %n s…</source>
        <translation>
            <numerusform>Server busy, retrying in %n s…</numerusform>
            <numerusform>Server busy, retrying in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Ready to sync</source>
        <translation>Ready to sync</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Sign-in needed</translation>
    </message>
    <message>
        <source>The server needs your user name and password.</source>
        <translation>The server needs your user name and password.</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve (Sync → Conflicts)</source>
        <translation>
            <numerusform>%n conflict to resolve (Sync → Conflicts)</numerusform>
            <numerusform>%n conflicts to resolve (Sync → Conflicts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <extracomment>the status bar after a sync that left things undone; the tooltip lists them</extracomment>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::AttachmentPanel</name>
    <message>
        <source>Add…</source>
        <extracomment>Button under the attachments: 添加…</extracomment>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button: 打开 (the attachment, in the app)</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <extracomment>Button: 另存为…</extracomment>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button: 删除 (the attachment from the draft)</extracomment>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <extracomment>File dialog title: 添加附件
----------
Title of the message saying why a file could not be added: 添加附件</extracomment>
        <translation>Add an attachment</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An attachment in the list: name, size, and 「尚未下载」 until the sync brings its bytes</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, not downloaded yet)</source>
        <translation>%1 (%2, not downloaded yet)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <extracomment>File dialog title: 另存为
----------
Title of the message saying why the copy was not saved: 另存为</extracomment>
        <translation>Save a copy</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::ChartImage</name>
    <message>
        <source>The chart has not been shown yet, so it cannot be exported.</source>
        <translation>The chart has not been shown yet, so it cannot be exported.</translation>
    </message>
    <message>
        <source>The chart did not send its image.</source>
        <translation>The chart did not send its image.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <extracomment>无法保存 %1：%2</extracomment>
        <translation>%1 cannot be saved: %2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::DashboardPdf</name>
    <message>
        <source>%1 cannot be saved: %2</source>
        <extracomment>%1 无法保存：%2 / PDF 无法开始写入
----------
PDF 无法写入</extracomment>
        <translation>%1 cannot be saved: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>the PDF could not be written</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::DatasetFileImport</name>
    <message>
        <source>The file could not be read.</source>
        <extracomment>文件无法读取。</extracomment>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>The file changed while it was imported.</source>
        <extracomment>文件在导入过程中被修改。</extracomment>
        <translation>The file changed while it was imported.</translation>
    </message>
    <message>
        <source>The file has errors; nothing was imported.</source>
        <translation>The file has errors; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::DatasetProgress</name>
    <message>
        <source>Import again</source>
        <extracomment>Import a dataset again after it was cancelled: 重新导入</extracomment>
        <translation>Import again</translation>
    </message>
    <message>
        <source>Importing the dataset “%1”…</source>
        <extracomment>正在导入数据集「%1」</extracomment>
        <translation>Importing the dataset “%1”…</translation>
    </message>
    <message>
        <source>Importing the dataset “%1”: %2 %</source>
        <extracomment>正在导入数据集「%1」：%2%</extracomment>
        <translation>Importing the dataset “%1”: %2 %</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::DatasetsPanel</name>
    <message>
        <source>Title</source>
        <extracomment>Column headers of the datasets: 标题 数据表 文件 状态 行数 问题 更新时间</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::ErrorBanner</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::ImportDialog</name>
    <message>
        <source>Check</source>
        <extracomment>检查</extracomment>
        <translation>Check</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>导入</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>导入：文件名</extracomment>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>行, 列, 值, 原因</extracomment>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Which column holds each field:</source>
        <extracomment>对应的列</extracomment>
        <translation>Which column holds each field:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>文件格式和编码，例如 CSV，GB18030</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>不导入该项</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <extracomment>正在检查…</extracomment>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>%1 rows, no problems: ready to import.</source>
        <extracomment>共 N 行，没有问题，可以导入。</extracomment>
        <translation>%1 rows, no problems: ready to import.</translation>
    </message>
    <message>
        <source>%1 rows, %2 problems (the first %3 are listed). Nothing is imported until every row is right.</source>
        <translation>%1 rows, %2 problems (the first %3 are listed). Nothing is imported until every row is right.</translation>
    </message>
    <message>
        <source>%1 rows, %2 problems. Nothing is imported until every row is right.</source>
        <translation>%1 rows, %2 problems. Nothing is imported until every row is right.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <extracomment>正在导入…</extracomment>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::LazyChart</name>
    <message>
        <source>Charts are not available on this computer: %1</source>
        <translation>Charts are not available on this computer: %1</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::LazyHtmlView</name>
    <message>
        <source>Documents cannot be previewed on this computer: %1</source>
        <extracomment>Shown instead of a document preview (e.g. 门户预览) when the web engine cannot be loaded</extracomment>
        <translation>Documents cannot be previewed on this computer: %1</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::LazyOfdView</name>
    <message>
        <source>OFD documents cannot be shown on this computer: %1</source>
        <translation>OFD documents cannot be shown on this computer: %1</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::OfdViewer</name>
    <message>
        <source>Opening the OFD document…</source>
        <extracomment>While an OFD attachment is being drawn</extracomment>
        <translation>Opening the OFD document…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A font embedded in an OFD and the characters it has no glyph for</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <extracomment>Status line of the OFD viewer</extracomment>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every font the document uses is embedded in it.</source>
        <translation>Every font the document uses is embedded in it.</translation>
    </message>
    <message>
        <source>Fonts not embedded in the document, shown with a substitute: %1.</source>
        <extracomment>Fonts an OFD names without embedding them: the viewer draws those texts with a system font</extracomment>
        <translation>Fonts not embedded in the document, shown with a substitute: %1.</translation>
    </message>
    <message>
        <source>Characters missing from the embedded fonts, shown with a substitute: %1.</source>
        <translation>Characters missing from the embedded fonts, shown with a substitute: %1.</translation>
    </message>
    <message>
        <source>This file cannot be shown as an OFD document (%1).</source>
        <extracomment>A received attachment that the OFD viewer cannot show; %1 is the technical reason</extracomment>
        <translation>This file cannot be shown as an OFD document (%1).</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::PdfViewer</name>
    <message>
        <source>This file is not a readable PDF.</source>
        <extracomment>A received attachment that QtPdf cannot read</extracomment>
        <translation>This file is not a readable PDF.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::RecordTableView</name>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 of %2 records</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::WebHost</name>
    <message>
        <source>This view could not be displayed. Please restart GovDesk; if the problem persists, contact your IT support.</source>
        <translation>This view could not be displayed. Please restart GovDesk; if the problem persists, contact your IT support.</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::FloodWarnings</name>
    <message>
        <source>%1: reservoir level %2 m has reached the design flood level %3 m.</source>
        <translation>%1: reservoir level %2 m has reached the design flood level %3 m.</translation>
    </message>
    <message>
        <source>%1: reservoir level %2 m is %3 m above the flood-season limit %4 m.</source>
        <translation>%1: reservoir level %2 m is %3 m above the flood-season limit %4 m.</translation>
    </message>
    <message>
        <source>%1: water level %2 m is %3 m above the guaranteed level %4 m.</source>
        <translation>%1: water level %2 m is %3 m above the guaranteed level %4 m.</translation>
    </message>
    <message>
        <source>%1: water level %2 m is %3 m above the warning level %4 m.</source>
        <translation>%1: water level %2 m is %3 m above the warning level %4 m.</translation>
    </message>
    <message>
        <source>%1: %2 mm of rain in %3 h (%4).</source>
        <translation>%1: %2 mm of rain in %3 h (%4).</translation>
    </message>
    <message>
        <source>%1 %2 mm in %3 h (%4)</source>
        <translation>%1 %2 mm in %3 h (%4)</translation>
    </message>
    <message>
        <source>already %1 m above it</source>
        <translation>already %1 m above it</translation>
    </message>
    <message>
        <source>%1 m below it</source>
        <translation>%1 m below it</translation>
    </message>
    <message>
        <source>flood-season limit</source>
        <translation>flood-season limit</translation>
    </message>
    <message>
        <source>warning level</source>
        <translation>warning level</translation>
    </message>
    <message>
        <source>Rain upstream on the %1: %2. %3 rose %4 m in %5 h to %6 m, %7 (%8 %9 m).</source>
        <translation>Rain upstream on the %1: %2. %3 rose %4 m in %5 h to %6 m, %7 (%8 %9 m).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Rain upstream on the %1: %2. %3 rose %4 m in %5 h to %6 m.</source>
        <translation>Rain upstream on the %1: %2. %3 rose %4 m in %5 h to %6 m.</translation>
    </message>
    <message>
        <source>Rain upstream, level rising</source>
        <translation>Rain upstream, level rising</translation>
    </message>
    <message>
        <source>Above guaranteed level</source>
        <translation>Above guaranteed level</translation>
    </message>
    <message>
        <source>At design flood level</source>
        <translation>At design flood level</translation>
    </message>
    <message>
        <source>Above warning level</source>
        <translation>Above warning level</translation>
    </message>
    <message>
        <source>Above flood-season limit</source>
        <translation>Above flood-season limit</translation>
    </message>
    <message>
        <source>Rainstorm</source>
        <translation>Rainstorm</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::RainfallClass</name>
    <message>
        <source>No rain</source>
        <translation>No rain</translation>
    </message>
    <message>
        <source>Light rain</source>
        <translation>Light rain</translation>
    </message>
    <message>
        <source>Moderate rain</source>
        <translation>Moderate rain</translation>
    </message>
    <message>
        <source>Heavy rain</source>
        <translation>Heavy rain</translation>
    </message>
    <message>
        <source>Rainstorm</source>
        <translation>Rainstorm</translation>
    </message>
    <message>
        <source>Heavy rainstorm</source>
        <translation>Heavy rainstorm</translation>
    </message>
    <message>
        <source>Torrential rainstorm</source>
        <translation>Torrential rainstorm</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterCharts</name>
    <message>
        <source>Rain gauge</source>
        <extracomment>Station type in the chart legend: 雨量站</extracomment>
        <translation>Rain gauge</translation>
    </message>
    <message>
        <source>Hydrological station</source>
        <extracomment>水文站</extracomment>
        <translation>Hydrological station</translation>
    </message>
    <message>
        <source>Level station</source>
        <extracomment>水位站</extracomment>
        <translation>Level station</translation>
    </message>
    <message>
        <source>Reservoir</source>
        <extracomment>水库</extracomment>
        <translation>Reservoir</translation>
    </message>
    <message>
        <source>Stations (longitude/latitude)</source>
        <extracomment>Chart title: 测站分布（经纬度）</extracomment>
        <translation>Stations (longitude/latitude)</translation>
    </message>
    <message>
        <source>Lon.</source>
        <extracomment>Axis: 经度</extracomment>
        <translation>Lon.</translation>
    </message>
    <message>
        <source>Lat.</source>
        <extracomment>Axis: 纬度</extracomment>
        <translation>Lat.</translation>
    </message>
    <message>
        <source>Rainfall (mm)</source>
        <extracomment>Series name: 降水量 (mm) or 水位 (m)</extracomment>
        <translation>Rainfall (mm)</translation>
    </message>
    <message>
        <source>Level (m)</source>
        <translation>Level (m)</translation>
    </message>
    <message>
        <source>Flood-season limit</source>
        <extracomment>Threshold line: 汛限水位</extracomment>
        <translation>Flood-season limit</translation>
    </message>
    <message>
        <source>Design flood level</source>
        <extracomment>Threshold line: 设计洪水位</extracomment>
        <translation>Design flood level</translation>
    </message>
    <message>
        <source>Warning level</source>
        <extracomment>Threshold line: 警戒水位</extracomment>
        <translation>Warning level</translation>
    </message>
    <message>
        <source>Guaranteed level</source>
        <extracomment>Threshold line: 保证水位</extracomment>
        <translation>Guaranteed level</translation>
    </message>
    <message>
        <source>Rainfall per area (mm)</source>
        <extracomment>Chart title: 各行政区面雨量 (mm)</extracomment>
        <translation>Rainfall per area (mm)</translation>
    </message>
    <message>
        <source>{value} m
%1 10⁶m³</source>
        <translation>{value} m
%1 10⁶m³</translation>
    </message>
    <message>
        <source>Reservoir levels and storage</source>
        <extracomment>Chart title: 水库水位与蓄水量</extracomment>
        <translation>Reservoir levels and storage</translation>
    </message>
    <message>
        <source>Water quality classes (sections)</source>
        <extracomment>Chart title: 水质类别分布（断面数）</extracomment>
        <translation>Water quality classes (sections)</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterDatasets</name>
    <message>
        <source>Flood warning</source>
        <extracomment>Search filter for flood warnings: 水情预警</extracomment>
        <translation>Flood warning</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterModule</name>
    <message>
        <source>Table</source>
        <extracomment>Field of a dataset: 数据表</extracomment>
        <translation>Table</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Field of a dataset: 标题</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>File name</source>
        <extracomment>Field of a dataset: 文件名</extracomment>
        <translation>File name</translation>
    </message>
    <message>
        <source>Loaded at</source>
        <extracomment>Field of a dataset: 载入时间</extracomment>
        <translation>Loaded at</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterPage</name>
    <message>
        <source>Rain gauge</source>
        <extracomment>Station type: 雨量站</extracomment>
        <translation>Rain gauge</translation>
    </message>
    <message>
        <source>Hydrological</source>
        <extracomment>水文站</extracomment>
        <translation>Hydrological</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>水位站</extracomment>
        <translation>Level</translation>
    </message>
    <message>
        <source>Reservoir</source>
        <extracomment>水库站</extracomment>
        <translation>Reservoir</translation>
    </message>
    <message>
        <source>Import…</source>
        <extracomment>Button: 导入…</extracomment>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Button: 导出</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <source>Station</source>
        <extracomment>Column headers of the station list: 测站 站码 河流 站类 最新值 时间 状态</extracomment>
        <translation>Station</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>River</source>
        <translation>River</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>Column headers of the warnings: 级别 类型 测站 河流 时间 原因</extracomment>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>24 hours</source>
        <extracomment>Range choices: 24小时 7天 30天 自定义</extracomment>
        <translation>24 hours</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Table (CSV)…</source>
        <extracomment>Export choices: 表格 (CSV)… 图表 (PNG)… 看板 (PDF)…</extracomment>
        <translation>Table (CSV)…</translation>
    </message>
    <message>
        <source>Chart (PNG)…</source>
        <translation>Chart (PNG)…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Dashboard (PDF)…</source>
        <translation>Dashboard (PDF)…</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Export dashboard</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Range:</source>
        <extracomment>Label before the range picker: 时段</extracomment>
        <translation>Range:</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>Tabs: 概览 测站 预警 数据集</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Warnings</source>
        <extracomment>Tab title with the count: 预警 (N)</extracomment>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <source>Data up to %1</source>
        <extracomment>Shown beside the title: 数据截至 …</extracomment>
        <translation>Data up to %1</translation>
    </message>
    <message>
        <source>No data yet: import a file or wait for a dataset to sync.</source>
        <translation>No data yet: import a file or wait for a dataset to sync.</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnings (%1)</translation>
    </message>
    <message>
        <source>24 h %1 mm</source>
        <extracomment>Latest rain of a gauge: 24小时 N mm</extracomment>
        <translation>24 h %1 mm</translation>
    </message>
    <message>
        <source>Normal</source>
        <extracomment>Status of a station without warnings: 正常</extracomment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>The dashboard could not be read.</source>
        <translation>The dashboard could not be read.</translation>
    </message>
    <message>
        <source>%1 km from the mouth</source>
        <extracomment>至河口 N km</extracomment>
        <translation>%1 km from the mouth</translation>
    </message>
    <message>
        <source>warning level %1 m</source>
        <extracomment>警戒水位 N m</extracomment>
        <translation>warning level %1 m</translation>
    </message>
    <message>
        <source>guaranteed level %1 m</source>
        <extracomment>保证水位 N m</extracomment>
        <translation>guaranteed level %1 m</translation>
    </message>
    <message>
        <source>flood-season limit %1 m</source>
        <extracomment>汛限水位 N m</extracomment>
        <translation>flood-season limit %1 m</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s)</source>
        <extracomment>N readings in range</extracomment>
        <translation>
            <numerusform>%n reading</numerusform>
            <numerusform>%n readings</numerusform>
        </translation>
    </message>
    <message>
        <source>Water dashboard</source>
        <extracomment>PDF title: 水务看板</extracomment>
        <translation>Water dashboard</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import a data file</source>
        <extracomment>File dialog: 导入数据文件</extracomment>
        <translation>Import a data file</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.json)</source>
        <translation>Tables (*.csv *.txt *.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>选择数据表 / 文件中是哪张表：</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>Which table is in the file?</source>
        <translation>Which table is in the file?</translation>
    </message>
    <message>
        <source>Stations</source>
        <extracomment>PDF heading of the station list: 测站</extracomment>
        <translation>Stations</translation>
    </message>
    <message>
        <source>%1 m</source>
        <extracomment>Latest level of a station: N 米</extracomment>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterQuality</name>
    <message>
        <source>Class I</source>
        <translation>Class I</translation>
    </message>
    <message>
        <source>Class II</source>
        <translation>Class II</translation>
    </message>
    <message>
        <source>Class III</source>
        <translation>Class III</translation>
    </message>
    <message>
        <source>Class IV</source>
        <translation>Class IV</translation>
    </message>
    <message>
        <source>Class V</source>
        <translation>Class V</translation>
    </message>
    <message>
        <source>Worse than class V</source>
        <translation>Worse than class V</translation>
    </message>
    <message>
        <source>Dissolved oxygen</source>
        <translation>Dissolved oxygen</translation>
    </message>
    <message>
        <source>Permanganate index</source>
        <translation>Permanganate index</translation>
    </message>
    <message>
        <source>Chemical oxygen demand</source>
        <translation>Chemical oxygen demand</translation>
    </message>
    <message>
        <source>Five-day biochemical oxygen demand</source>
        <translation>Five-day biochemical oxygen demand</translation>
    </message>
    <message>
        <source>Ammonia nitrogen</source>
        <translation>Ammonia nitrogen</translation>
    </message>
    <message>
        <source>Total phosphorus</source>
        <translation>Total phosphorus</translation>
    </message>
    <message>
        <source>Total nitrogen</source>
        <translation>Total nitrogen</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterSchema</name>
    <message>
        <source>Station code</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>8 letters or digits</source>
        <extracomment>Hint for a bad station code: 8位字母或数字</extracomment>
        <translation>8 letters or digits</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>时间</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Stations (ST_STBPRP_B)</source>
        <extracomment>测站基本属性 (ST_STBPRP_B)</extracomment>
        <translation>Stations (ST_STBPRP_B)</translation>
    </message>
    <message>
        <source>Rainfall (ST_PPTN_R)</source>
        <extracomment>降水量 (ST_PPTN_R)</extracomment>
        <translation>Rainfall (ST_PPTN_R)</translation>
    </message>
    <message>
        <source>River levels and flows (ST_RIVER_R)</source>
        <extracomment>河道水情 (ST_RIVER_R)</extracomment>
        <translation>River levels and flows (ST_RIVER_R)</translation>
    </message>
    <message>
        <source>Reservoirs (ST_RSVR_R)</source>
        <extracomment>水库水情 (ST_RSVR_R)</extracomment>
        <translation>Reservoirs (ST_RSVR_R)</translation>
    </message>
    <message>
        <source>Water quality samples (WQ_SAMPLE)</source>
        <extracomment>水质监测 (WQ_SAMPLE)</extracomment>
        <translation>Water quality samples (WQ_SAMPLE)</translation>
    </message>
    <message>
        <source>Station type</source>
        <translation>Station type</translation>
    </message>
    <message>
        <source>PP, ZQ, ZZ or RR</source>
        <extracomment>Hint for a bad station type: PP、ZQ、ZZ 或 RR</extracomment>
        <translation>PP, ZQ, ZZ or RR</translation>
    </message>
    <message>
        <source>Administrative code</source>
        <translation>Administrative code</translation>
    </message>
    <message>
        <source>6 digits</source>
        <extracomment>Hint for a bad administrative code: 6位数字</extracomment>
        <translation>6 digits</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>River</source>
        <translation>River</translation>
    </message>
    <message>
        <source>River system</source>
        <translation>River system</translation>
    </message>
    <message>
        <source>Basin</source>
        <translation>Basin</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Distance to mouth (km)</source>
        <translation>Distance to mouth (km)</translation>
    </message>
    <message>
        <source>Warning level (m)</source>
        <translation>Warning level (m)</translation>
    </message>
    <message>
        <source>Guaranteed level (m)</source>
        <translation>Guaranteed level (m)</translation>
    </message>
    <message>
        <source>Flood-season limit (m)</source>
        <translation>Flood-season limit (m)</translation>
    </message>
    <message>
        <source>Design flood level (m)</source>
        <translation>Design flood level (m)</translation>
    </message>
    <message>
        <source>Rainfall (mm)</source>
        <translation>Rainfall (mm)</translation>
    </message>
    <message>
        <source>Period (h)</source>
        <translation>Period (h)</translation>
    </message>
    <message>
        <source>Daily rainfall (mm)</source>
        <translation>Daily rainfall (mm)</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Weather</translation>
    </message>
    <message>
        <source>Water level (m)</source>
        <translation>Water level (m)</translation>
    </message>
    <message>
        <source>Flow (m³/s)</source>
        <translation>Flow (m³/s)</translation>
    </message>
    <message>
        <source>Cross-section area (m²)</source>
        <translation>Cross-section area (m²)</translation>
    </message>
    <message>
        <source>Mean velocity (m/s)</source>
        <translation>Mean velocity (m/s)</translation>
    </message>
    <message>
        <source>Flow code</source>
        <translation>Flow code</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Reservoir level (m)</source>
        <translation>Reservoir level (m)</translation>
    </message>
    <message>
        <source>Inflow (m³/s)</source>
        <translation>Inflow (m³/s)</translation>
    </message>
    <message>
        <source>Storage (10⁶ m³)</source>
        <translation>Storage (10⁶ m³)</translation>
    </message>
    <message>
        <source>Outflow (m³/s)</source>
        <translation>Outflow (m³/s)</translation>
    </message>
    <message>
        <source>Reservoir code</source>
        <translation>Reservoir code</translation>
    </message>
    <message>
        <source>Water body</source>
        <translation>Water body</translation>
    </message>
    <message>
        <source>河流 or 湖库</source>
        <extracomment>Hint for a bad water body: 河流 或 湖库</extracomment>
        <translation>河流 or 湖库</translation>
    </message>
    <message>
        <source>Dissolved oxygen (mg/L)</source>
        <translation>Dissolved oxygen (mg/L)</translation>
    </message>
    <message>
        <source>Permanganate index (mg/L)</source>
        <translation>Permanganate index (mg/L)</translation>
    </message>
    <message>
        <source>COD (mg/L)</source>
        <translation>COD (mg/L)</translation>
    </message>
    <message>
        <source>BOD5 (mg/L)</source>
        <translation>BOD5 (mg/L)</translation>
    </message>
    <message>
        <source>Ammonia nitrogen (mg/L)</source>
        <translation>Ammonia nitrogen (mg/L)</translation>
    </message>
    <message>
        <source>Total phosphorus (mg/L)</source>
        <translation>Total phosphorus (mg/L)</translation>
    </message>
    <message>
        <source>Total nitrogen (mg/L)</source>
        <translation>Total nitrogen (mg/L)</translation>
    </message>
    <message>
        <source>Administrative area</source>
        <extracomment>行政区划名称</extracomment>
        <translation>Administrative area</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterUiPlugin</name>
    <message>
        <source>&amp;Import data file…</source>
        <extracomment>Menu action: 导入数据文件…</extracomment>
        <translation>&amp;Import data file…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterWarnings</name>
    <message>
        <source>[%1] %2: %3</source>
        <extracomment>A warning's to-do: 【严重程度】类型：原因</extracomment>
        <translation>[%1] %2: %3</translation>
    </message>
</context>
<context>
    <name>GovDesk::Workbench::Task</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>GovDesk::Workbench::WorkbenchModel</name>
    <message>
        <source>Very urgent</source>
        <extracomment>紧急程度 特急 (GB/T 9704)</extracomment>
        <translation>Very urgent</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>紧急程度 加急 (GB/T 9704)</extracomment>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>urgency</comment>
        <extracomment>紧急程度 普通</extracomment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>To read</source>
        <extracomment>待阅 / 待办</extracomment>
        <translation>To read</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no deadline</comment>
        <extracomment>办理期限 of an item without one: 无</extracomment>
        <translation>None</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>deadline date format</comment>
        <extracomment>Date format of the 办理期限 column (QDate::toString); zh_CN: yyyy年M月d日</extracomment>
        <translation>MMM d, yyyy</translation>
    </message>
    <message>
        <source>Urgency</source>
        <extracomment>紧急程度</extracomment>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>to do or to read</comment>
        <extracomment>类型: 待办 or 待阅</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>标题</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>From</source>
        <comment>module</comment>
        <extracomment>来自: the module that published the item</extracomment>
        <translation>From</translation>
    </message>
    <message>
        <source>Deadline</source>
        <extracomment>办理期限</extracomment>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Overdue since %1 today</source>
        <extracomment>zh_CN: 已逾期（今天 %1 到期）</extracomment>
        <translation>Overdue since %1 today</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <extracomment>zh_CN: 已逾期 %n 天</extracomment>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Open items by module</source>
        <translation>Open items by module</translation>
    </message>
</context>
<context>
    <name>GovDesk::Workbench::WorkbenchModule</name>
    <message>
        <source>To-do</source>
        <extracomment>Search filter for the workbench's own items: 待办事项</extracomment>
        <translation>To-do</translation>
    </message>
</context>
<context>
    <name>GovDesk::Workbench::WorkbenchPage</name>
    <message>
        <source>Refresh</source>
        <extracomment>刷新</extracomment>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <extracomment>按标题筛选</extracomment>
        <translation>Filter by title</translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s)</source>
        <extracomment>Page subtitle; zh_CN: 共 %n 项待办</extracomment>
        <translation>
            <numerusform>%n open item</numerusform>
            <numerusform>%n open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s), %1 overdue</source>
        <extracomment>Page subtitle; %1 is the number overdue. zh_CN: 共 %n 项待办，其中 %1 项已逾期</extracomment>
        <translation>
            <numerusform>%n open item, %1 overdue</numerusform>
            <numerusform>%n open items, %1 overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>The to-do list could not be read</source>
        <translation>The to-do list could not be read</translation>
    </message>
    <message>
        <source>No to-do items</source>
        <extracomment>暂无待办事项</extracomment>
        <translation>No to-do items</translation>
    </message>
    <message>
        <source>Documents to sign for, handle or read in any module appear here.</source>
        <translation>Documents to sign for, handle or read in any module appear here.</translation>
    </message>
    <message>
        <source>No item matches the filter</source>
        <translation>No item matches the filter</translation>
    </message>
    <message numerus="yes">
        <source>Clear the filter to see all %n item(s).</source>
        <translation>
            <numerusform>Clear the filter to see all %n item.</numerusform>
            <numerusform>Clear the filter to see all %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart</source>
        <extracomment>统计图</extracomment>
        <translation>Chart</translation>
    </message>
</context>
<context>
    <name>GovDesk::Workbench::WorkbenchUiPlugin</name>
    <message>
        <source>&amp;New personal to-do…</source>
        <translation>&amp;New personal to-do…</translation>
    </message>
    <message>
        <source>New personal to-do</source>
        <translation>New personal to-do</translation>
    </message>
    <message>
        <source>What needs doing:</source>
        <translation>What needs doing:</translation>
    </message>
</context>
<context>
    <name>HttpsTransport</name>
    <message>
        <source>The network component of GovDesk could not be loaded. Reinstall GovDesk or ask your IT support.</source>
        <translation>The network component of GovDesk could not be loaded. Reinstall GovDesk or ask your IT support.</translation>
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
    <name>ModuleRecords</name>
    <message>
        <source>The module "%1" may only change its own records (collections beginning with "%2").</source>
        <translation>The module "%1" may only change its own records (collections beginning with "%2").</translation>
    </message>
    <message>
        <source>A collection's schema version above 1 needs an upgrade function.</source>
        <translation>A collection's schema version above 1 needs an upgrade function.</translation>
    </message>
    <message>
        <source>A number request needs a series, a field and a format with {number}.</source>
        <translation>A number request needs a series, a field and a format with {number}.</translation>
    </message>
</context>
<context>
    <name>ModuleSearch</name>
    <message>
        <source>The module "%1" may only index its own entries.</source>
        <translation>The module "%1" may only index its own entries.</translation>
    </message>
</context>
<context>
    <name>ModuleTodos</name>
    <message>
        <source>The module "%1" may only publish its own to-do items.</source>
        <translation>The module "%1" may only publish its own to-do items.</translation>
    </message>
</context>
<context>
    <name>ModuleUiLoader</name>
    <message>
        <source>The module "%1" has no page.</source>
        <translation>The module "%1" has no page.</translation>
    </message>
    <message>
        <source>The page of the module "%1" could not be loaded: %2</source>
        <translation>The page of the module "%1" could not be loaded: %2</translation>
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
    <name>PassphraseStrength</name>
    <message>
        <source>Weak: easy to guess. Use a longer phrase.</source>
        <translation>Weak: easy to guess. Use a longer phrase.</translation>
    </message>
    <message>
        <source>Fair: acceptable; longer is better.</source>
        <translation>Fair: acceptable; longer is better.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
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
    <name>RecordStore</name>
    <message>
        <source>"%1" is not a valid record collection name.</source>
        <translation>"%1" is not a valid record collection name.</translation>
    </message>
    <message>
        <source>A record id must have 1 to 128 characters.</source>
        <translation>A record id must have 1 to 128 characters.</translation>
    </message>
    <message>
        <source>The record is too large to sync (%1 KiB; at most %2 KiB). Store big files as attachments.</source>
        <translation>The record is too large to sync (%1 KiB; at most %2 KiB). Store big files as attachments.</translation>
    </message>
    <message>
        <source>The record to delete does not exist.</source>
        <translation>The record to delete does not exist.</translation>
    </message>
    <message>
        <source>The refused change no longer exists.</source>
        <translation>The refused change no longer exists.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <source>A record filter compares only text, numbers and yes/no.</source>
        <translation>A record filter compares only text, numbers and yes/no.</translation>
    </message>
    <message>
        <source>Records of this kind are kept as they were written and cannot be changed or deleted.</source>
        <translation>Records of this kind are kept as they were written and cannot be changed or deleted.</translation>
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
    <name>SyncClient</name>
    <message>
        <source>The server's answer could not be understood. It may run an incompatible version.</source>
        <translation>The server's answer could not be understood. It may run an incompatible version.</translation>
    </message>
    <message>
        <source>The server refused a request as malformed. This is a GovDesk error; please report it.</source>
        <translation>The server refused a request as malformed. This is a GovDesk error; please report it.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Your sign-in has expired. Please sign in again.</translation>
    </message>
    <message>
        <source>The server does not allow this for your account.</source>
        <translation>The server does not allow this for your account.</translation>
    </message>
    <message>
        <source>The server does not know this address. Check the server address.</source>
        <translation>The server does not know this address. Check the server address.</translation>
    </message>
    <message>
        <source>The server asked to repeat an upload.</source>
        <translation>The server asked to repeat an upload.</translation>
    </message>
    <message>
        <source>The server refused the request as too large.</source>
        <translation>The server refused the request as too large.</translation>
    </message>
    <message>
        <source>The server is busy with too many requests; trying again later.</source>
        <translation>The server is busy with too many requests; trying again later.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); trying again later.</source>
        <translation>The server had a problem (HTTP %1); trying again later.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>The server gave an unexpected answer (HTTP %1).</translation>
    </message>
    <message>
        <source>The server's answer was incomplete or damaged; trying again.</source>
        <translation>The server's answer was incomplete or damaged; trying again.</translation>
    </message>
    <message>
        <source>The sync server speaks protocol version %1, this GovDesk version %2. Please update GovDesk.</source>
        <translation>The sync server speaks protocol version %1, this GovDesk version %2. Please update GovDesk.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Synchronisation was cancelled.</source>
        <translation>Synchronisation was cancelled.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Your sign-in has expired. Please sign in again.</translation>
    </message>
    <message>
        <source>Sign in to synchronise this profile.</source>
        <translation>Sign in to synchronise this profile.</translation>
    </message>
    <message>
        <source>The server's answer could not be understood. It may run an incompatible version.</source>
        <translation>The server's answer could not be understood. It may run an incompatible version.</translation>
    </message>
    <message>
        <source>This profile belongs to %1. Sign in as %1, or create a new profile for %2.</source>
        <translation>This profile belongs to %1. Sign in as %1, or create a new profile for %2.</translation>
    </message>
    <message>
        <source>An attachment could not be sent: %1</source>
        <translation>An attachment could not be sent: %1</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>Unlock the profile first.</source>
        <translation>Unlock the profile first.</translation>
    </message>
    <message>
        <source>Demo profiles never sync.</source>
        <translation>Demo profiles never sync.</translation>
    </message>
    <message>
        <source>No sync server is set for this profile.</source>
        <translation>No sync server is set for this profile.</translation>
    </message>
    <message>
        <source>The sync server address "%1" is not a valid https:// address.</source>
        <translation>The sync server address "%1" is not a valid https:// address.</translation>
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
