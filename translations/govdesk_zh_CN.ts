<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry needs an event.</source>
        <translation>审计记录必须有事件。</translation>
    </message>
    <message>
        <source>An audit entry needs a valid time.</source>
        <translation>审计记录必须有有效的时间。</translation>
    </message>
    <message>
        <source>The number of audit entries to show cannot be negative.</source>
        <translation>要显示的审计记录数不能为负数。</translation>
    </message>
    <message>
        <source>Entry %1 is out of sequence; entry %2 was expected.</source>
        <translation>第%1条记录顺序错乱，应为第%2条。</translation>
    </message>
    <message>
        <source>Entry %1 is the first entry in the log: entries 1 to %2 were deleted.</source>
        <translation>第%1条是日志中的第一条：第1至%2条已被删除。</translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2: the entries between them were deleted.</source>
        <translation>第%1条紧接在第%2条之后：两者之间的记录已被删除。</translation>
    </message>
    <message>
        <source>Entry %1 does not start the chain: the log was reordered or replaced.</source>
        <translation>第%1条不是哈希链的起点：日志已被重排或替换。</translation>
    </message>
    <message>
        <source>Entry %1 does not link to entry %2: the log was reordered, or entry %2 was rewritten.</source>
        <translation>第%1条与第%2条不相衔接：日志已被重排，或第%2条已被改写。</translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written: its content no longer matches its hash.</source>
        <translation>第%1条在写入后被修改：内容与其哈希值不再一致。</translation>
    </message>
</context>
<context>
    <name>BackupArchive</name>
    <message>
        <source>The backup file is damaged or incomplete.</source>
        <translation>备份文件已损坏或不完整。</translation>
    </message>
    <message>
        <source>This file is not a GovDesk backup.</source>
        <translation>该文件不是政务桌面备份文件。</translation>
    </message>
    <message>
        <source>The profile database cannot be read.</source>
        <translation>无法读取档案数据库。</translation>
    </message>
    <message>
        <source>The backup file cannot be written.</source>
        <translation>无法写入备份文件。</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be opened.</source>
        <translation>无法打开备份文件 %1。</translation>
    </message>
    <message>
        <source>The restored database cannot be written.</source>
        <translation>无法写入恢复的数据库。</translation>
    </message>
</context>
<context>
    <name>BlobCache</name>
    <message>
        <source>The attachment is not stored in this profile (yet).</source>
        <translation>此附件（尚）未保存在本档案中。</translation>
    </message>
    <message>
        <source>The attachment could not be read.</source>
        <translation>无法读取附件。</translation>
    </message>
    <message>
        <source>The attachment has %1 MiB; the sync server accepts at most %2 MiB.</source>
        <translation>附件大小为 %1 MiB，同步服务器最多接受 %2 MiB。</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <source>A stored attachment is damaged.</source>
        <translation>已保存的附件已损坏。</translation>
    </message>
    <message>
        <source>A stored attachment is damaged and cannot be opened.</source>
        <translation>已保存的附件已损坏，无法打开。</translation>
    </message>
    <message>
        <source>The attachment could not be saved as %1.</source>
        <translation>无法将附件另存为 %1。</translation>
    </message>
    <message>
        <source>The attachment's download could not be continued.</source>
        <translation>无法继续下载此附件。</translation>
    </message>
    <message>
        <source>The attachment's download is not finished.</source>
        <translation>此附件尚未下载完成。</translation>
    </message>
</context>
<context>
    <name>BlobTransfer</name>
    <message>
        <source>Synchronisation was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>An attachment to be sent is missing from this profile.</source>
        <translation>本档案中缺少要发送的附件。</translation>
    </message>
    <message>
        <source>An attachment has %1 MiB; the sync server accepts at most %2 MiB.</source>
        <translation>有一个附件大小为 %1 MiB，同步服务器最多接受 %2 MiB。</translation>
    </message>
    <message>
        <source>A stored attachment is damaged and cannot be sent.</source>
        <translation>已保存的附件已损坏，无法发送。</translation>
    </message>
    <message>
        <source>The attachment arrived damaged at the server several times; it was not sent.</source>
        <translation>附件多次到达服务器时已损坏，未能发送。</translation>
    </message>
    <message>
        <source>The server's answer could not be understood. It may run an incompatible version.</source>
        <translation>无法理解服务器的应答，服务器可能运行着不兼容的版本。</translation>
    </message>
    <message>
        <source>An attachment arrived damaged several times; it was not kept.</source>
        <translation>附件多次下载后均已损坏，未予保存。</translation>
    </message>
    <message>
        <source>An attachment is not on the server (yet); it is fetched on a later sync.</source>
        <translation>服务器上（尚）没有此附件，将在以后的同步中获取。</translation>
    </message>
    <message>
        <source>An attachment has %1 MiB, more than this profile accepts (%2 MiB).</source>
        <translation>有一个附件大小为 %1 MiB，超过本档案可接受的大小（%2 MiB）。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Passphrase for %1 (%2): </source>
        <translation>%1（%2）的口令：</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>profile create needs --name.</source>
        <translation>profile create 需要 --name 参数。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新口令：</translation>
    </message>
    <message>
        <source>Deriving the key (about half a second)…</source>
        <translation>正在生成密钥（约半秒）…</translation>
    </message>
    <message>
        <source>Created profile %1 (%2).</source>
        <translation>已创建档案 %1（%2）。</translation>
    </message>
    <message>
        <source>No profiles in %1.</source>
        <translation>%1 中没有档案。</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>profile delete needs exactly one profile.</source>
        <translation>profile delete 需要且只需要一个档案。</translation>
    </message>
    <message>
        <source>Deleting a profile destroys its data. Add --yes to confirm.</source>
        <translation>删除档案会销毁其全部数据。请加 --yes 确认。</translation>
    </message>
    <message>
        <source>Deleted profile %1.</source>
        <translation>已删除档案 %1。</translation>
    </message>
    <message>
        <source>check needs exactly one profile.</source>
        <translation>check 需要且只需要一个档案。</translation>
    </message>
    <message numerus="yes">
        <source>The integrity check found %n problem(s).</source>
        <translation>
            <numerusform>完整性检查发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is correct and the database is intact.</source>
        <translation>口令正确，数据库完整。</translation>
    </message>
    <message>
        <source>backup needs a profile and a file.</source>
        <translation>backup 需要一个档案和一个文件。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并校验：%1</translation>
    </message>
    <message>
        <source>restore needs a backup file.</source>
        <translation>restore 需要一个备份文件。</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>备份的口令：</translation>
    </message>
    <message>
        <source>Restored profile %1 (%2).</source>
        <translation>已恢复档案 %1（%2）。</translation>
    </message>
    <message>
        <source>rekey needs exactly one profile.</source>
        <translation>rekey 需要且只需要一个档案。</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>当前口令：</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>档案 %1 的口令已更换。</translation>
    </message>
    <message>
        <source>search needs a profile and a query.</source>
        <translation>search 需要一个档案和一个查询词。</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>共 %n 条结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>audit verify needs exactly one profile.</source>
        <translation>audit verify 需要且只需要一个档案。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries).</source>
        <translation>
            <numerusform>审计日志完整（共 %n 条记录）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo profile was reset.</source>
        <translation>演示档案已重置。</translation>
    </message>
    <message>
        <source>GovDesk command-line tool (政务桌面命令行工具)</source>
        <translation>政务桌面命令行工具（GovDesk）</translation>
    </message>
    <message>
        <source>The command and its arguments.</source>
        <translation>命令及其参数。</translation>
    </message>
    <message>
        <source>Folder holding the profiles.</source>
        <translation>存放档案的文件夹。</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of this file.</source>
        <translation>从该文件的第一行读取口令。</translation>
    </message>
    <message>
        <source>Read the new passphrase (rekey) from this file.</source>
        <translation>从该文件读取新口令（用于 rekey）。</translation>
    </message>
    <message>
        <source>Display name of a new profile.</source>
        <translation>新档案的显示名称。</translation>
    </message>
    <message>
        <source>Organisation of a new profile.</source>
        <translation>新档案所属单位。</translation>
    </message>
    <message>
        <source>Search only this module (repeatable).</source>
        <translation>只检索该模块（可重复）。</translation>
    </message>
    <message>
        <source>Search only this record type (repeatable).</source>
        <translation>只检索该类记录（可重复）。</translation>
    </message>
    <message>
        <source>Maximum number of search hits.</source>
        <translation>检索结果的最大条数。</translation>
    </message>
    <message>
        <source>Confirm a destructive command.</source>
        <translation>确认执行会删除数据的命令。</translation>
    </message>
    <message>
        <source>Language of messages (zh_CN or en).</source>
        <translation>提示信息的语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>Also print diagnostic log messages.</source>
        <translation>同时输出诊断日志。</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
    <message>
        <source>sign-in needs a profile and a user name.</source>
        <translation>sign-in 需要一个档案和一个用户名。</translation>
    </message>
    <message>
        <source>Server password for %1: </source>
        <translation>%1 的服务器密码：</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), %3; roles: %4.</source>
        <translation>已登录：%1（%2），%3；角色：%4。</translation>
    </message>
    <message>
        <source>sign-out needs exactly one profile.</source>
        <translation>sign-out 需要且只需要一个档案。</translation>
    </message>
    <message>
        <source>Signed out. The data on this computer is kept.</source>
        <translation>已退出登录。本机数据予以保留。</translation>
    </message>
    <message>
        <source>sync needs exactly one profile.</source>
        <translation>sync 需要且只需要一个档案。</translation>
    </message>
    <message>
        <source>Server not reachable, trying again in %1 s…</source>
        <translation>无法连接服务器，%1 秒后重试…</translation>
    </message>
    <message>
        <source>Sent %1, already on the server %2, conflicts %3, rejected %4; received %5; retries %6; %7 s.</source>
        <translation>已发送 %1 项，服务器已有 %2 项，冲突 %3 项，被拒绝 %4 项；已接收 %5 项；重试 %6 次；用时 %7 秒。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed here and on the server: choose a version in GovDesk (Sync → Conflicts).</source>
        <translation>
            <numerusform>%n 条记录在本机和服务器上都被修改过：请在政务桌面中选择保留的版本（同步 → 冲突）。</numerusform>
        </translation>
    </message>
    <message>
        <source>sync-status needs exactly one profile.</source>
        <translation>sync-status 需要且只需要一个档案。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账号：%1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation>待同步修改：%1</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>未解决的冲突：%1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Sync server URL (profile create, sign-in: stored in the profile).</source>
        <translation>同步服务器地址（profile create、sign-in 使用，保存在档案中）。</translation>
    </message>
    <message>
        <source>Read the server password (sign-in) from this file.</source>
        <translation>从该文件读取服务器密码（用于 sign-in）。</translation>
    </message>
    <message>
        <source>Trust the CAs in this PEM file for the sync server (stored in the profile).</source>
        <translation>信任该 PEM 文件中的 CA 证书用于同步服务器（保存在档案中）。</translation>
    </message>
    <message>
        <source>Pin the sync server's public key, e.g. sha256//BASE64 (stored in the profile).</source>
        <translation>固定同步服务器的公钥，例如 sha256//BASE64（保存在档案中）。</translation>
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
        <translation>命令：
  profile create --name 名称 [--organisation 单位] [--server 地址]
  profile list
  profile delete 档案 --yes
  check 档案                         解锁测试和完整性检查
  backup 档案 文件                   写入经校验的加密备份
  restore 文件                       恢复备份（校验通过前保留现有数据）
  rekey 档案                         更换口令
  search 档案 查询词... [--queries-file 文件|-] [--module M] [--type T] [--limit N]
                                     一次解锁执行多个查询；“-”表示从标准输入读取查询
                                     （此时须使用 --passphrase-file）
  audit verify 档案                  校验审计日志的哈希链
  demo reset                         重新生成演示档案
  sign-in 档案 用户名 [--ca-bundle 文件] [--pin 公钥]
                                     登录档案的同步服务器
  sync 档案                          发送本机修改、接收新数据并输出摘要
  sync-status 档案                   待同步修改、冲突、上次同步时间
  sign-out 档案                      清除服务器令牌（数据保留）
口令从终端读取（不回显）、从标准输入读取，或通过 --passphrase-file / --new-passphrase-file
读取；从不从命令行读取。服务器密码（sign-in）同样从终端、标准输入的下一行或 --password-file 读取。</translation>
    </message>
    <message>
        <source>Queries from standard input (--queries-file -) need --passphrase-file.</source>
        <translation>从标准输入读取查询（--queries-file -）时须使用 --passphrase-file。</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) for "%1".</source>
        <translation>
            <numerusform>“%1”：共 %n 条结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>The queries file %1 cannot be opened.</source>
        <translation>无法打开查询文件 %1。</translation>
    </message>
    <message>
        <source>Search: more queries, one a line, from this file (- for standard input).</source>
        <translation>search：从此文件读取更多查询，每行一个（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>The module "%1" could not take in all changes: %2</source>
        <translation>模块“%1”未能载入全部变更：%2</translation>
    </message>
</context>
<context>
    <name>CurlTransport</name>
    <message>
        <source>Synchronisation was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>The server address "%1" is not a valid https:// address.</source>
        <translation>服务器地址“%1”不是有效的 https:// 地址。</translation>
    </message>
    <message>
        <source>The network library could not be started.</source>
        <translation>无法启动网络组件。</translation>
    </message>
    <message>
        <source>The server address is not a valid https:// address.</source>
        <translation>服务器地址不是有效的 https:// 地址。</translation>
    </message>
    <message>
        <source>The proxy server's name could not be found. Check the proxy setting.</source>
        <translation>找不到代理服务器的名称。请检查代理设置。</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address and the network connection.</source>
        <translation>找不到服务器名称 %1。请检查地址和网络连接。</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused or the server cannot be reached.</source>
        <translation>无法连接 %1：连接被拒绝或服务器不可达。</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>服务器 %1 未能及时响应。</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete.</source>
        <translation>与 %1 的连接在应答完成前已关闭。</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted.</source>
        <translation>与 %1 的连接中断。</translation>
    </message>
    <message>
        <source>The proxy server refused the connection. Check the proxy setting.</source>
        <translation>代理服务器拒绝了连接。请检查代理设置。</translation>
    </message>
    <message>
        <source>The CA certificate file of this profile cannot be read. Check the setting.</source>
        <translation>无法读取本档案的 CA 证书文件。请检查设置。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up (TLS 1.2 or later is required).</source>
        <translation>无法与 %1 建立安全连接（需要 TLS 1.2 或更高版本）。</translation>
    </message>
    <message>
        <source>The connection settings of this profile are not valid.</source>
        <translation>本档案的连接设置无效。</translation>
    </message>
    <message>
        <source>The network request to %1 failed.</source>
        <translation>对 %1 的网络请求失败。</translation>
    </message>
    <message>
        <source>Cannot verify the server %1: public key pin mismatch. Ask your administrator before connecting again.</source>
        <translation>无法验证服务器 %1：公钥固定不匹配（public key pin mismatch）。请先联系管理员，再尝试连接。</translation>
    </message>
    <message>
        <source>Cannot verify the server %1: certificate expired. Tell your administrator.</source>
        <translation>无法验证服务器 %1：证书已过期（certificate expired）。请告知管理员。</translation>
    </message>
    <message>
        <source>Cannot verify the server %1: certificate not valid yet. Check this computer's date and time.</source>
        <translation>无法验证服务器 %1：证书尚未生效。请检查本机的日期和时间。</translation>
    </message>
    <message>
        <source>Cannot verify the server %1: certificate revoked.</source>
        <translation>无法验证服务器 %1：证书已被吊销。</translation>
    </message>
    <message>
        <source>Cannot verify the server %1: host name mismatch (its certificate is for another server).</source>
        <translation>无法验证服务器 %1：主机名不匹配（host name mismatch），其证书属于另一台服务器。</translation>
    </message>
    <message>
        <source>Cannot verify the server %1: unknown certificate authority. If your office uses its own CA, set its certificate file for this profile.</source>
        <translation>无法验证服务器 %1：未知的证书颁发机构（unknown certificate authority）。如果本单位使用自建 CA，请为本档案设置其证书文件。</translation>
    </message>
    <message>
        <source>Cannot verify the server %1: its certificate is not valid.</source>
        <translation>无法验证服务器 %1：其证书无效。</translation>
    </message>
    <message>
        <source>The answer of the server %1 is larger than %2 MiB and was not accepted.</source>
        <translation>服务器 %1 的应答超过 %2 MiB，未被接受。</translation>
    </message>
    <message>
        <source>The connection settings of this profile could not be applied (%1), so no connection was made. Check the server's certificate pin and proxy settings.</source>
        <translation>无法应用此档案的连接设置（%1），因此没有建立连接。请检查服务器的证书公钥固定（pin）和代理设置。</translation>
    </message>
</context>
<context>
    <name>DamageMark</name>
    <message>
        <source>The profile's database file is damaged: part of it failed its integrity check. Nothing more will be written to it. Restore the last backup.</source>
        <translation>档案的数据库文件已损坏：其中部分内容未通过完整性校验。政务桌面不会再向其写入任何内容。请恢复最近的备份。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>文件 %1 已存在。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::CsvReader</name>
    <message>
        <source>The file is not valid %1 text (a byte sequence near line %2 does not decode). Save it as UTF-8 or GB18030 and import it again.</source>
        <translation>文件不是有效的 %1 文本（第%2行附近有无法解码的字节序列）。请将其另存为 UTF-8 或 GB18030 编码后重新导入。</translation>
    </message>
    <message>
        <source>A quoted value that begins on line %1 is never closed.</source>
        <translation>从第%1行开始的带引号的值没有结束引号。</translation>
    </message>
    <message>
        <source>Line %1 holds a byte-order mark: two files were joined into one. Import them separately.</source>
        <translation>第%1行含有字节顺序标记（BOM）：两个文件被拼接成了一个。请分别导入。</translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote; a quote inside a value is written twice ("").</source>
        <translation>第%1行：结束引号后还有文字；值中的引号应连写两个（""）。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::DatasetApplier</name>
    <message>
        <source>Unknown table kind “%1”.</source>
        <extracomment>数据集的数据类型「%1」未知</extracomment>
        <translation>数据集的数据类型「%1」未知。</translation>
    </message>
    <message>
        <source>The dataset names no file.</source>
        <extracomment>数据集没有附带文件</extracomment>
        <translation>数据集没有附带文件。</translation>
    </message>
    <message>
        <source>The dataset cannot be imported.</source>
        <translation>该数据集无法导入。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::DatasetFiles</name>
    <message>
        <source>Unknown table kind “%1”.</source>
        <extracomment>数据集的数据类型「%1」未知</extracomment>
        <translation>数据集的数据类型「%1」未知。</translation>
    </message>
    <message>
        <source>The dataset was changed meanwhile.</source>
        <extracomment>导入期间该数据集已被更改</extracomment>
        <translation>导入期间该数据集已被更改。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::DatasetImportJob</name>
    <message>
        <source>Line %1, %2: %3 — %4</source>
        <extracomment>A bad row of a dataset: 第N行，列：值 — 原因</extracomment>
        <translation>第%1行，%2：%3 — %4</translation>
    </message>
    <message numerus="yes">
        <source>… %n problem(s) in all</source>
        <extracomment>共 %n 处问题</extracomment>
        <translation>
            <numerusform>……共 %n 处问题</numerusform>
        </translation>
    </message>
    <message>
        <source>The dataset cannot be imported.</source>
        <translation>该数据集无法导入。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>已取消导入。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::DatasetStatusStore</name>
    <message>
        <source>Imported</source>
        <extracomment>A dataset's status: 已导入</extracomment>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>A dataset's status: 等待导入 (its file may still be on its way)</extracomment>
        <translation>等待导入</translation>
    </message>
    <message>
        <source>Not imported (errors)</source>
        <extracomment>A dataset's status: 未导入（有错误）</extracomment>
        <translation>未导入（有错误）</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <extracomment>A dataset's status: 已取消导入</extracomment>
        <translation>已取消导入</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::ImportCells</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1为空。</translation>
    </message>
    <message>
        <source>「%1」 is not a valid %2 (%3).</source>
        <translation>「%1」不是有效的%2（应为%3）。</translation>
    </message>
    <message>
        <source>「%1」 is not a number (%2).</source>
        <translation>「%1」不是数字（%2）。</translation>
    </message>
    <message>
        <source>「%1」 is not a whole number (%2).</source>
        <translation>「%1」不是整数（%2）。</translation>
    </message>
    <message>
        <source>%1 %2 is outside the plausible range %3 to %4.</source>
        <translation>%1 %2 超出合理范围 %3 至 %4。</translation>
    </message>
    <message>
        <source>「%1」 is not a date such as 2026-06-18 (%2).</source>
        <translation>「%1」不是形如 2026-06-18 的日期（%2）。</translation>
    </message>
    <message>
        <source>「%1」 is not a time such as 2026-06-18 08:00 (%2).</source>
        <translation>「%1」不是形如 2026-06-18 08:00 的时间（%2）。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::ModuleContext</name>
    <message>
        <source>GovDesk is locked. Unlock it to continue.</source>
        <translation>政务桌面已锁定，请解锁后继续。</translation>
    </message>
    <message>
        <source>The module's datasets are already set up.</source>
        <translation>本模块的数据集已设置过。</translation>
    </message>
    <message>
        <source>The module's datasets are set up wrongly.</source>
        <translation>本模块的数据集设置有误。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::ModuleGuard</name>
    <message>
        <source>The module failed with an internal error.</source>
        <translation>模块发生内部错误。</translation>
    </message>
    <message>
        <source>GovDesk is locked. Unlock it to continue.</source>
        <translation>政务桌面已锁定，请解锁后继续。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::ModuleManager</name>
    <message>
        <source>%1 is not a GovDesk module.</source>
        <translation>%1 不是政务桌面模块。</translation>
    </message>
    <message>
        <source>The module "%1" was built for module interface %2; this GovDesk provides %3.</source>
        <translation>模块“%1”基于第%2版模块接口构建，而本政务桌面提供的是第%3版。</translation>
    </message>
    <message>
        <source>The module "%1" is installed twice; %2 is ignored.</source>
        <translation>模块“%1”安装了两次，已忽略 %2。</translation>
    </message>
    <message>
        <source>The module "%1" needs "%2", which is not available.</source>
        <translation>模块“%1”依赖的“%2”不可用。</translation>
    </message>
    <message>
        <source>The module "%1" is part of a circular dependency.</source>
        <translation>模块“%1”处于循环依赖中。</translation>
    </message>
    <message>
        <source>The module "%1" needs "%2", which failed to start.</source>
        <translation>模块“%1”依赖的“%2”启动失败。</translation>
    </message>
    <message>
        <source>The module "%1" could not be loaded: %2</source>
        <translation>无法加载模块“%1”：%2</translation>
    </message>
    <message>
        <source>The module "%1" failed to start: %2</source>
        <translation>模块“%1”启动失败：%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::ProjectionRunner</name>
    <message>
        <source>The module's projection "%1" is invalid: %2</source>
        <translation>模块的投影“%1”无效：%2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::RedHeaderTemplate</name>
    <message>
        <source>0 or from %1 to %2</source>
        <translation>0 或 %1 至 %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <extracomment>A red-header template's number out of range: "markTop must be from 5 to 150 (mm), not 400."</extracomment>
        <translation>%1 应为 %2，不能是 %3。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <extracomment>A red-header template's field of the wrong JSON type: "markTop must be a number."</extracomment>
        <translation>%1 应为数字。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 应为字符串。</translation>
    </message>
    <message>
        <source>%1 must be an array of strings.</source>
        <translation>%1 应为字符串数组。</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 应为对象。</translation>
    </message>
    <message>
        <source>%1 must be one of none, single, thick-thin, thin-thick, not %2.</source>
        <extracomment>"separator.style must be one of none, single, thick-thin, thin-thick, not double."</extracomment>
        <translation>%1 应为 none、single、thick-thin、thin-thick 之一，不能是 %2。</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <extracomment>A red-header template with a field GovDesk does not know (a typo): "Unknown field markSize."</extracomment>
        <translation>未知字段 %1。</translation>
    </message>
    <message>
        <source>A template needs its format (file, letter, order or minutes).</source>
        <extracomment>"format" is the JSON field: file, letter, order or minutes</extracomment>
        <translation>模板须指明格式（file、letter、order 或 minutes）。</translation>
    </message>
    <message>
        <source>format must be one of file, letter, order, minutes, not %1.</source>
        <translation>format 应为 file、letter、order、minutes 之一，不能是 %1。</translation>
    </message>
    <message>
        <source>markText (the 发文机关标志) must not be empty.</source>
        <translation>markText（发文机关标志）不能为空。</translation>
    </message>
    <message>
        <source>markText must have at most %1 characters, not %2.</source>
        <translation>markText 最多 %1 个字，现有 %2 个。</translation>
    </message>
    <message>
        <source>markText must be one line of printable characters.</source>
        <translation>markText 须为一行可打印的文字。</translation>
    </message>
    <message>
        <source>colour must be #RRGGBB (such as #E60012), not %1.</source>
        <translation>colour 应为 #RRGGBB（如 #E60012），不能是 %1。</translation>
    </message>
    <message>
        <source>documentTypes: %1 is not one of the 15 文种 (%2).</source>
        <extracomment>"documentTypes: 通知书 is not one of the 15 文种 (决议, 决定, …)."</extracomment>
        <translation>documentTypes：%1 不是15种文种之一（%2）。</translation>
    </message>
    <message>
        <source>documentTypes names %1 twice.</source>
        <translation>documentTypes 重复列出了 %1。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::RedHeaderTemplates</name>
    <message>
        <source>Two templates are %1; an organisation has one of each.</source>
        <translation>有两个 %1 模板；每个单位每种只能有一个。</translation>
    </message>
    <message>
        <source>%1 has a template already (%2); remove that one first.</source>
        <extracomment>"通知 has a template already (file:通知); remove that one first."</extracomment>
        <translation>%1 已有模板（%2），请先删除该模板。</translation>
    </message>
    <message>
        <source>A template must be an object.</source>
        <translation>模板应为对象。</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <extracomment>"Template 2: markTop must be from 5 to 150, not 400."</extracomment>
        <translation>第%1个模板：%2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::SealCertificate</name>
    <message>
        <source>The seal certificate cannot be checked.</source>
        <translation>无法校验印章证书。</translation>
    </message>
    <message>
        <source>The seal certificate cannot be read.</source>
        <translation>无法读取印章证书。</translation>
    </message>
    <message>
        <source>The seal CA certificate cannot be read.</source>
        <translation>无法读取印章CA证书。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::SealKeyStore</name>
    <message>
        <source>The server's answer holds no complete seal.</source>
        <translation>服务器的应答中没有完整的印章。</translation>
    </message>
    <message>
        <source>The seal of %1 from the server is not valid; ask the administrator to issue it again.</source>
        <translation>服务器发来的%1印章无效，请联系管理员重新签发。</translation>
    </message>
    <message>
        <source>The seal key of %1 does not match its certificate; fetch the seal again.</source>
        <translation>%1的印章密钥与证书不匹配，请重新获取印章。</translation>
    </message>
    <message>
        <source>The seal CA certificate from the server cannot be read.</source>
        <translation>无法读取服务器发来的印章CA证书。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::SesSignature</name>
    <message>
        <source>The electronic seal could not be encoded.</source>
        <translation>无法编码电子印章。</translation>
    </message>
    <message>
        <source>The electronic signature is not a GB/T 38540 SES_Signature.</source>
        <translation>该电子签章不是 GB/T 38540 的 SES_Signature 结构。</translation>
    </message>
    <message>
        <source>The electronic signature is of an unsupported version.</source>
        <translation>该电子签章的版本不受支持。</translation>
    </message>
    <message>
        <source>The seal certificate cannot be read.</source>
        <translation>无法读取印章证书。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::Session</name>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>
            <numerusform>口令错误次数过多，请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock the profile first.</source>
        <translation>请先解锁档案。</translation>
    </message>
    <message>
        <source>The backup folder is not writable.</source>
        <translation>备份文件夹不可写。</translation>
    </message>
    <message>
        <source>The backup could not be verified and was deleted: %1</source>
        <translation>备份未通过校验，已删除：%1</translation>
    </message>
    <message>
        <source>Auto-lock must be between 0 (off) and 1440 minutes.</source>
        <translation>自动锁定时间必须在 0（关闭）到 1440 分钟之间。</translation>
    </message>
    <message>
        <source>Audit entry %1, present when the profile was last locked, is missing or changed: entries were removed from the end of the log.</source>
        <translation>上次锁定档案时存在的第%1条审计记录已缺失或被修改：日志末尾的记录已被删除。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::Sm2CertificateIssuer</name>
    <message>
        <source>The seal certificate could not be made.</source>
        <translation>无法生成印章证书。</translation>
    </message>
    <message>
        <source>The seal's validity period is empty.</source>
        <translation>印章有效期为空。</translation>
    </message>
    <message>
        <source>The seal CA certificate cannot be read.</source>
        <translation>无法读取印章CA证书。</translation>
    </message>
    <message>
        <source>The seal CA's private key cannot be read.</source>
        <translation>无法读取印章CA私钥。</translation>
    </message>
    <message>
        <source>The seal CA's private key does not match its certificate.</source>
        <translation>印章CA私钥与证书不匹配。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::Sm2Crypto</name>
    <message>
        <source>The seal could not be checked: out of memory.</source>
        <translation>内存不足，无法校验印章。</translation>
    </message>
    <message>
        <source>The SM2 signer id could not be set.</source>
        <translation>无法设置SM2签名者标识。</translation>
    </message>
    <message>
        <source>SM2 with SM3 is not available in this OpenSSL.</source>
        <translation>当前OpenSSL不支持SM2/SM3。</translation>
    </message>
    <message>
        <source>The key is not an SM2 key.</source>
        <translation>该密钥不是SM2密钥。</translation>
    </message>
    <message>
        <source>SM3 is not available in this OpenSSL.</source>
        <translation>当前OpenSSL不支持SM3。</translation>
    </message>
    <message>
        <source>The seal's private key cannot be read.</source>
        <translation>无法读取印章私钥。</translation>
    </message>
    <message>
        <source>The document could not be signed.</source>
        <translation>公文签名失败。</translation>
    </message>
    <message>
        <source>The seal certificate cannot be read.</source>
        <translation>无法读取印章证书。</translation>
    </message>
    <message>
        <source>The public key cannot be read.</source>
        <translation>无法读取公钥。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::SyncNotices</name>
    <message>
        <source>Refused by the server: %1</source>
        <translation>服务器拒收：%1</translation>
    </message>
    <message>
        <source>No document number allocated (asked again at the next sync): %1</source>
        <translation>未取得发文字号（下次同步时再次申请）：%1</translation>
    </message>
    <message>
        <source>The seal sent by the server was not taken: %1</source>
        <translation>服务器发来的印章未予采用：%1</translation>
    </message>
    <message>
        <source>Attachment not fetched (tried again at the next sync): %1</source>
        <translation>附件未取回（下次同步时重试）：%1</translation>
    </message>
    <message>
        <source>The directory of organisations was not refreshed; the one kept is used: %1</source>
        <translation>机关目录未能更新，继续使用已保存的目录：%1</translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::SyncService</name>
    <message>
        <source>Synchronisation was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s): %1</source>
        <translation>
            <numerusform>服务器拒绝了 %n 项修改：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GovDesk::Core::TableImport</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The JSON file does not read at byte %1: %2.</source>
        <translation>JSON 文件在第%1字节处无法解析：%2。</translation>
    </message>
    <message>
        <source>The JSON file must hold an array of objects, one per row.</source>
        <translation>JSON 文件应为对象数组，每行数据一个对象。</translation>
    </message>
    <message>
        <source>Element %1 of the JSON array is not an object.</source>
        <translation>JSON 数组的第%1个元素不是对象。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 has %2 MiB; one import takes at most %3 MiB. Split the file, for example by month.</source>
        <translation>%1 大小为 %2 MiB，单次导入最多 %3 MiB。请拆分文件，例如按月拆分。</translation>
    </message>
    <message>
        <source>%1 is mapped to a column the file does not have.</source>
        <translation>%1 对应的列在文件中不存在。</translation>
    </message>
    <message>
        <source>The file has no column for: %1. Choose the columns, or add them to the file.</source>
        <translation>文件中没有以下字段对应的列：%1。请选择对应的列，或在文件中补充这些列。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>The same %1 as line %2.</source>
        <translation>%1与第%2行相同。</translation>
    </message>
    <message numerus="yes">
        <source>The file changed since it was checked and now has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>文件在检查后发生了变化，现有 %n 个问题；未导入任何数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::BulletinExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>无法写入 %1：%2</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CaseIndicators</name>
    <message>
        <source>The indicator setting 「%1」 is not valid.</source>
        <extracomment>指标口径设置「%1」无效。</extracomment>
        <translation>指标口径设置「%1」无效。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CaseNumbers</name>
    <message>
        <source>year</source>
        <extracomment>Parts of a 案号: 收案年度</extracomment>
        <translation>收案年度</translation>
    </message>
    <message>
        <source>ending</source>
        <extracomment>结尾的「号」</extracomment>
        <translation>结尾</translation>
    </message>
    <message>
        <source>court code</source>
        <extracomment>法院代字</extracomment>
        <translation>法院代字</translation>
    </message>
    <message>
        <source>type code</source>
        <extracomment>类型代字</extracomment>
        <translation>类型代字</translation>
    </message>
    <message>
        <source>serial</source>
        <extracomment>案件编号</extracomment>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>it must open with the year in parentheses, e.g. （2026）</source>
        <extracomment>案号须以括号中的收案年度开头，如（2026）</extracomment>
        <translation>案号须以括号中的收案年度开头，如（2026）</translation>
    </message>
    <message>
        <source>the year must be four digits</source>
        <extracomment>收案年度须为四位阿拉伯数字</extracomment>
        <translation>收案年度须为四位阿拉伯数字</translation>
    </message>
    <message>
        <source>a case number ends with 「号」</source>
        <extracomment>案号须以「号」结尾</extracomment>
        <translation>案号须以「号」结尾</translation>
    </message>
    <message>
        <source>「%1」 is not 最高法 nor a province's character with two (intermediate) or four (basic court) digits</source>
        <extracomment>法院代字须为最高法，或省份简称加两位（中级法院）或四位（基层法院）数字</extracomment>
        <translation>「%1」不是最高法，也不是省份简称加两位（中级法院）或四位（基层法院）数字</translation>
    </message>
    <message>
        <source>「%1」 is not a case type code</source>
        <extracomment>类型代字「%1」不在《人民法院案件类型及其代字标准》中</extracomment>
        <translation>类型代字「%1」不在《人民法院案件类型及其代字标准》中</translation>
    </message>
    <message>
        <source>the serial is a number from 1 without leading zeros</source>
        <extracomment>案件编号须为从 1 开始、不带前导 0 的阿拉伯数字</extracomment>
        <translation>案件编号须为从 1 开始、不带前导 0 的阿拉伯数字</translation>
    </message>
    <message>
        <source>Case number 「%1」: the %2 is wrong: %3</source>
        <extracomment>案号「%1」的%2有误：%3</extracomment>
        <translation>案号「%1」的%2有误：%3</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CasesBehind</name>
    <message>
        <source>Open at the end of the period (filed %1)</source>
        <extracomment>期末未结（立案 %1）</extracomment>
        <translation>期末未结（立案于 %1）</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n day(s) past the time limit (due %1)</source>
        <extracomment>超审限 %n 天结案（审限届满 %1）</extracomment>
        <translation>
            <numerusform>超审限 %n 天结案（审限届满 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Tried in %1 days, above the court's average of %2</source>
        <extracomment>审理 %1 天，高于本院平均 %2 天</extracomment>
        <translation>审理 %1 天，高于本院平均 %2 天</translation>
    </message>
    <message>
        <source>Filed %1, open for %2 days at the end of the period</source>
        <extracomment>立案于 %1，期末已 %2 天未结</extracomment>
        <translation>立案于 %1，期末已 %2 天未结</translation>
    </message>
    <message>
        <source>Appealed</source>
        <extracomment>已上诉</extracomment>
        <translation>已上诉</translation>
    </message>
    <message>
        <source>Retrial sought</source>
        <extracomment>申请再审</extracomment>
        <translation>申请再审</translation>
    </message>
    <message>
        <source>Not closed by mediation or withdrawal</source>
        <extracomment>未以调解或撤诉结案</extracomment>
        <translation>未以调解或撤诉结案</translation>
    </message>
    <message>
        <source>Reversed on appeal</source>
        <extracomment>二审改判</extracomment>
        <translation>二审改判</translation>
    </message>
    <message>
        <source>Remanded for retrial</source>
        <extracomment>发回重审</extracomment>
        <translation>发回重审</translation>
    </message>
    <message>
        <source>%1 yuan recovered of %2 applied for</source>
        <extracomment>到位 %1 元，申请执行 %2 元</extracomment>
        <translation>申请执行 %2 元，到位 %1 元</translation>
    </message>
    <message>
        <source>「%1」 (%2) not entered</source>
        <extracomment>「%1」（%2）未录入</extracomment>
        <translation>「%1」（%2）未录入</translation>
    </message>
    <message numerus="yes">
        <source>「%1」 on %2 entered %n day(s) later</source>
        <extracomment>「%1」%2 发生，%n 天后录入</extracomment>
        <translation>
            <numerusform>「%1」%2 发生，%n 天后录入</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Mandatory fields incomplete</source>
        <extracomment>必填项不完整</extracomment>
        <translation>必填项不完整</translation>
    </message>
    <message>
        <source>No electronic file generated with the case</source>
        <extracomment>未随案同步生成电子卷宗</extracomment>
        <translation>未随案同步生成电子卷宗</translation>
    </message>
    <message>
        <source>Judgment to publish not published</source>
        <extracomment>应公开的裁判文书未上网</extracomment>
        <translation>应公开的裁判文书未上网</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtBulletin</name>
    <message>
        <source>The period of the bulletin is not valid.</source>
        <extracomment>通报期间无效。</extracomment>
        <translation>通报期间无效。</translation>
    </message>
    <message>
        <source>The court directory is empty: nothing to rank.</source>
        <extracomment>法院名录为空，无法排名。</extracomment>
        <translation>法院名录为空，无法排名。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtDirectory</name>
    <message>
        <source>Court %1 of the directory: 「%2」 is not a court code.</source>
        <extracomment>法院名录第 %1 项：「%2」不是有效的法院代字。</extracomment>
        <translation>法院名录第 %1 项：「%2」不是有效的法院代字。</translation>
    </message>
    <message>
        <source>Court %1 of the directory (%2) has no name.</source>
        <extracomment>法院名录第 %1 项（%2）缺少法院名称。</extracomment>
        <translation>法院名录第 %1 项（%2）缺少法院名称。</translation>
    </message>
    <message>
        <source>The court code 「%1」 is in the directory twice.</source>
        <extracomment>法院代字「%1」在名录中出现了两次。</extracomment>
        <translation>法院代字「%1」在名录中出现了两次。</translation>
    </message>
    <message>
        <source>The court above 「%1」 (%2), 「%3」, is not in the directory.</source>
        <extracomment>「%1」（%2）的上级法院「%3」不在名录中。</extracomment>
        <translation>「%1」（%2）的上级法院「%3」不在名录中。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtDrillDown</name>
    <message>
        <source>yes</source>
        <extracomment>是 / 否</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Rank</source>
        <extracomment>Columns of the ranked courts: 排名 法院 本期 上期 备注</extracomment>
        <translation>排名</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Case number</source>
        <extracomment>Columns of the cases behind a figure: 案号 立案日期 结案日期 原因</extracomment>
        <translation>案号</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Columns of a case's events: 节点 发生日期 录入日期 录入用时</extracomment>
        <translation>节点</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <source>Days to enter</source>
        <translation>录入用时（天）</translation>
    </message>
    <message>
        <source>top</source>
        <extracomment>Marks of a ranked court: 前列 后列 未达标</extracomment>
        <translation>前列</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>后列</translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>%1 (tied)</source>
        <translation>%1（并列）</translation>
    </message>
    <message>
        <source>no cases</source>
        <extracomment>A court with no figure this period: 无数据</extracomment>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1, %2: an evenness over months — no case pulls it down alone.</source>
        <translation>%1 · %2：反映各月结案是否均衡，不由单个案件拉低。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%3): %n case(s) pull it down.</source>
        <translation>
            <numerusform>%1 · %2（%3）：%n 件案件拉低了该指标。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — filed %2, closed %3; time limit %4 month(s) + %5 extended, %6 day(s) deducted, due %7; entry complete: %8, electronic file: %9.</source>
        <extracomment>A case's facts: 案号 立案 结案 审限 延长 扣除 结案方式 …</extracomment>
        <translation>%1 —— %2 立案，%3 结案；审限 %4 个月，延长 %5 个月，扣除 %6 天，届满日 %7；必填项完整：%8，电子卷宗：%9。</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>Instead of the closing date: 未结</extracomment>
        <translation>未结</translation>
    </message>
    <message>
        <source>not entered</source>
        <extracomment>An event never entered in the system: 未录入</extracomment>
        <translation>未录入</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtsAnalysis</name>
    <message>
        <source>Cancelled.</source>
        <extracomment>已取消。</extracomment>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Reading the courts and their cases…</source>
        <extracomment>Progress: 读取法院名录和案件…</extracomment>
        <translation>正在读取法院名录和案件…</translation>
    </message>
    <message>
        <source>Computing and ranking every court's indicators…</source>
        <extracomment>Progress: 计算各院指标并排名…</extracomment>
        <translation>正在计算各院指标并排名…</translation>
    </message>
    <message>
        <source>Computing the trend…</source>
        <extracomment>Progress: 计算走势…</extracomment>
        <translation>计算走势…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtsModule</name>
    <message>
        <source>Kind</source>
        <extracomment>Field of a dataset: 数据类型</extracomment>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Field of a dataset: 标题</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>File name</source>
        <extracomment>Field of a dataset: 文件名</extracomment>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Loaded at</source>
        <extracomment>Field of a dataset: 载入时间</extracomment>
        <translation>载入时间</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtsPage</name>
    <message>
        <source>Import…</source>
        <extracomment>Button: 导入…</extracomment>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export bulletin</source>
        <extracomment>Button: 导出通报
----------
导出通报</extracomment>
        <translation>导出通报</translation>
    </message>
    <message>
        <source>Bulletin (PDF)…</source>
        <extracomment>Export choices: 通报（PDF）… 通报（Excel）… 通报（CSV）…</extracomment>
        <translation>通报（PDF）…</translation>
    </message>
    <message>
        <source>Bulletin (Excel)…</source>
        <translation>通报（Excel）…</translation>
    </message>
    <message>
        <source>Bulletin (CSV)…</source>
        <translation>通报（CSV）…</translation>
    </message>
    <message>
        <source>Courts</source>
        <extracomment>Page title: 审判管理</extracomment>
        <translation>审判管理</translation>
    </message>
    <message>
        <source>Period:</source>
        <extracomment>Labels of the pickers: 期间 层级 指标</extracomment>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>Tabs: 看板 通报 下钻 数据集</extracomment>
        <translation>看板</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>Drill-down</source>
        <translation>下钻</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <extracomment>Progress: 正在分析…</extracomment>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>No cases yet: import a file or wait for a dataset to sync.</source>
        <translation>尚无案件数据：请导入文件或等待数据集同步。</translation>
    </message>
    <message>
        <source>%1 courts, %2 cases</source>
        <translation>%1 个法院，%2 件案件</translation>
    </message>
    <message>
        <source>Import a data file</source>
        <extracomment>File dialog: 导入数据文件</extracomment>
        <translation>导入数据文件</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.json)</source>
        <translation>数据表 (*.csv *.txt *.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>导入 / 文件中是哪张表：</extracomment>
        <translation>导入</translation>
    </message>
    <message>
        <source>Which table is in the file?</source>
        <translation>文件中是哪张表？</translation>
    </message>
    <message>
        <source>There is no bulletin to export.</source>
        <extracomment>没有可导出的通报。</extracomment>
        <translation>没有可导出的通报。</translation>
    </message>
    <message>
        <source>Exporting the bulletin…</source>
        <extracomment>Progress: 正在导出通报…</extracomment>
        <translation>正在导出通报…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>File filters: PDF 文件 / Excel 工作簿 / CSV 表格</extracomment>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Bulletin_%1</source>
        <extracomment>Default file name: 通报_&lt;期间&gt;</extracomment>
        <translation>通报_%1</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>逐月</translation>
    </message>
    <message>
        <source>Year to date</source>
        <extracomment>The trend's choices: 年内累计 / 逐月</extracomment>
        <translation>年内累计</translation>
    </message>
    <message>
        <source>Trend:</source>
        <extracomment>Label of the trend's picker: 走势</extracomment>
        <translation>走势：</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtsSchema</name>
    <message>
        <source>是 or 否</source>
        <extracomment>Hint for a bad yes/no cell: 是 或 否</extracomment>
        <translation>是 或 否</translation>
    </message>
    <message>
        <source>Case number</source>
        <extracomment>Column of a case file: 案号</extracomment>
        <translation>案号</translation>
    </message>
    <message>
        <source>Court code</source>
        <extracomment>Column of the court directory: 法院代字</extracomment>
        <translation>法院代字</translation>
    </message>
    <message>
        <source>「%1」 is not a court code (such as 琼, 琼01, 琼0105).</source>
        <extracomment>「%1」不是有效的法院代字（如 琼、琼01、琼0105）。</extracomment>
        <translation>「%1」不是有效的法院代字（如 琼、琼01、琼0105）。</translation>
    </message>
    <message>
        <source>The closing date is before the filing date (%1).</source>
        <extracomment>结案日期早于立案日期（%1）</extracomment>
        <translation>结案日期早于立案日期（%1）。</translation>
    </message>
    <message>
        <source>A closing method is given but no closing date.</source>
        <extracomment>有结案方式但没有结案日期</extracomment>
        <translation>有结案方式但没有结案日期。</translation>
    </message>
    <message>
        <source>A second-instance outcome is given but the case is not marked as appealed.</source>
        <extracomment>有二审结果但未注明上诉</extracomment>
        <translation>有二审结果但未注明上诉。</translation>
    </message>
    <message>
        <source>The judgment is marked as published but not as one to publish.</source>
        <extracomment>文书已上网，但未标为应公开文书</extracomment>
        <translation>文书已上网，但未标为应公开文书。</translation>
    </message>
    <message>
        <source>The entry date is before the date it happened (%1).</source>
        <extracomment>录入日期早于发生日期（%1）</extracomment>
        <translation>录入日期早于发生日期（%1）。</translation>
    </message>
    <message>
        <source>Cases (CASES)</source>
        <extracomment>案件 (CASES)</extracomment>
        <translation>案件 (CASES)</translation>
    </message>
    <message>
        <source>Case events (CASE_EVENTS)</source>
        <extracomment>案件节点 (CASE_EVENTS)</extracomment>
        <translation>案件节点 (CASE_EVENTS)</translation>
    </message>
    <message>
        <source>Court directory (COURTS)</source>
        <extracomment>法院名录 (COURTS)</extracomment>
        <translation>法院名录 (COURTS)</translation>
    </message>
    <message>
        <source>Filing date</source>
        <extracomment>立案日期</extracomment>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Closing date</source>
        <extracomment>结案日期</extracomment>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Time limit (months)</source>
        <extracomment>审限（月）</extracomment>
        <translation>审限（月）</translation>
    </message>
    <message>
        <source>Extension (months)</source>
        <extracomment>延长审限（月）</extracomment>
        <translation>延长审限（月）</translation>
    </message>
    <message>
        <source>Deducted days</source>
        <extracomment>扣除审限天数</extracomment>
        <translation>扣除审限天数</translation>
    </message>
    <message>
        <source>Closing method</source>
        <extracomment>结案方式</extracomment>
        <translation>结案方式</translation>
    </message>
    <message>
        <source>Appealed</source>
        <extracomment>是否上诉</extracomment>
        <translation>是否上诉</translation>
    </message>
    <message>
        <source>Retrial sought</source>
        <extracomment>是否申请再审</extracomment>
        <translation>是否申请再审</translation>
    </message>
    <message>
        <source>Appeal outcome</source>
        <extracomment>二审结果</extracomment>
        <translation>二审结果</translation>
    </message>
    <message>
        <source>Amount applied for (yuan)</source>
        <extracomment>申请执行金额（元）</extracomment>
        <translation>申请执行金额（元）</translation>
    </message>
    <message>
        <source>Amount recovered (yuan)</source>
        <extracomment>执行到位金额（元）</extracomment>
        <translation>执行到位金额（元）</translation>
    </message>
    <message>
        <source>Mandatory fields complete</source>
        <extracomment>必填项完整</extracomment>
        <translation>必填项完整</translation>
    </message>
    <message>
        <source>Electronic file generated</source>
        <extracomment>电子卷宗随案生成</extracomment>
        <translation>电子卷宗随案生成</translation>
    </message>
    <message>
        <source>Judgment to publish</source>
        <extracomment>应公开文书</extracomment>
        <translation>应公开文书</translation>
    </message>
    <message>
        <source>Judgment published</source>
        <extracomment>文书已上网</extracomment>
        <translation>文书已上网</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>节点 (立案, 开庭, 宣判 …)</extracomment>
        <translation>节点</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <extracomment>发生日期</extracomment>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Entry date</source>
        <extracomment>录入日期</extracomment>
        <translation>录入日期</translation>
    </message>
    <message>
        <source>Court name</source>
        <extracomment>法院名称</extracomment>
        <translation>法院名称</translation>
    </message>
    <message>
        <source>There is no case 「%1」: import its case first.</source>
        <extracomment>没有案号为「%1」的案件：先导入其案件</extracomment>
        <translation>没有案号为「%1」的案件：请先导入该案件。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtsSearch</name>
    <message>
        <source>Court</source>
        <extracomment>Kind of search hit: 法院</extracomment>
        <translation>法院</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtsSettingsPage</name>
    <message>
        <source>Closed ÷ (pending at the start + filed)</source>
        <extracomment>结案率 = 结案数 ÷（旧存 + 新收） / 结案数 ÷ 新收</extracomment>
        <translation>结案数 ÷（旧存 + 新收）</translation>
    </message>
    <message>
        <source>Closed ÷ filed</source>
        <translation>结案数 ÷ 新收</translation>
    </message>
    <message>
        <source>First-instance cases closed</source>
        <extracomment>发回改判率的分母：一审结案数 / 二审已审结的上诉案件数</extracomment>
        <translation>一审结案数</translation>
    </message>
    <message>
        <source>Appeals decided by the court above</source>
        <translation>二审已审结的上诉案件数</translation>
    </message>
    <message>
        <source> day(s)</source>
        <extracomment>Suffix of a number of days: 天</extracomment>
        <translation> 天</translation>
    </message>
    <message>
        <source> month(s)</source>
        <extracomment>Suffix of a number of months: 个月</extracomment>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Closing rate:</source>
        <extracomment>Labels: 结案率口径 发回改判率分母 录入及时 长期未结</extracomment>
        <translation>结案率口径：</translation>
    </message>
    <message>
        <source>Reversal rate's denominator:</source>
        <translation>发回改判率分母：</translation>
    </message>
    <message>
        <source>An entry is timely within:</source>
        <translation>录入及时的期限：</translation>
    </message>
    <message>
        <source>Long pending after:</source>
        <translation>长期未结的期限：</translation>
    </message>
    <message>
        <source>Definitions</source>
        <extracomment>Tabs: 指标口径 / 达标线</extracomment>
        <translation>指标口径</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>达标线</translation>
    </message>
    <message>
        <source>Courts worse than the line (below it, or above it where lower is better) are named in the bulletin.</source>
        <extracomment>低于达标线的法院（平均审理天数、长期未结、上诉率、发回改判率为高于）在通报中点名。</extracomment>
        <translation>未达到达标线的法院（低于此线；平均审理天数、长期未结、上诉率、发回改判率为高于此线）在通报中点名。</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>A 达标线 that is not set: 不设</extracomment>
        <translation>不设</translation>
    </message>
    <message>
        <source>Every bulletin states the definitions and thresholds it was computed with.</source>
        <translation>每份通报都会写明所用的指标口径和达标线。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Courts::CourtsUiPlugin</name>
    <message>
        <source>&amp;Import data file…</source>
        <extracomment>Menu action: 导入数据文件…</extracomment>
        <translation>导入数据文件(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::AnnualReport</name>
    <message>
        <source>%1 is not a year of a report.</source>
        <extracomment>年度 %1 无效。</extracomment>
        <translation>年度 %1 无效。</translation>
    </message>
    <message>
        <source>The organisation reporting is missing.</source>
        <extracomment>报告机关不能为空。</extracomment>
        <translation>报告机关不能为空。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::AnnualReportStore</name>
    <message>
        <source>Publishing the annual report needs the role of a disclosure leader.</source>
        <extracomment>发布年度报告需要「信息公开领导」角色。</extracomment>
        <translation>发布年度报告需要「信息公开领导」角色。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DeadlineClock</name>
    <message>
        <source>On time</source>
        <extracomment>电子监察状态：正常</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Approaching</source>
        <extracomment>电子监察状态：预警（临近期限）</extracomment>
        <translation>预警（临近期限）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>电子监察状态：超期</extracomment>
        <translation>超期</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DisclosureCategories</name>
    <message>
        <source>Rules and normative documents</source>
        <extracomment>规章和规范性文件</extracomment>
        <translation>规章和规范性文件</translation>
    </message>
    <message>
        <source>Organisation and functions</source>
        <extracomment>机构职能</extracomment>
        <translation>机构职能</translation>
    </message>
    <message>
        <source>Plans</source>
        <extracomment>规划计划</extracomment>
        <translation>规划计划</translation>
    </message>
    <message>
        <source>Statistics</source>
        <extracomment>统计信息</extracomment>
        <translation>统计信息</translation>
    </message>
    <message>
        <source>Administrative licensing</source>
        <extracomment>行政许可</extracomment>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Administrative penalties and enforcement</source>
        <extracomment>行政处罚和行政强制</extracomment>
        <translation>行政处罚和行政强制</translation>
    </message>
    <message>
        <source>Budgets and final accounts</source>
        <extracomment>财政预决算</extracomment>
        <translation>财政预决算</translation>
    </message>
    <message>
        <source>Administrative fees</source>
        <extracomment>行政事业性收费</extracomment>
        <translation>行政事业性收费</translation>
    </message>
    <message>
        <source>Government procurement</source>
        <extracomment>政府采购</extracomment>
        <translation>政府采购</translation>
    </message>
    <message>
        <source>Major construction projects</source>
        <extracomment>重大建设项目</extracomment>
        <translation>重大建设项目</translation>
    </message>
    <message>
        <source>Public services</source>
        <extracomment>公共服务（扶贫、教育、医疗、社会保障、促进就业）</extracomment>
        <translation>公共服务（扶贫、教育、医疗、社会保障、促进就业）</translation>
    </message>
    <message>
        <source>Emergency plans and warnings</source>
        <extracomment>应急管理（应急预案、预警信息及应对情况）</extracomment>
        <translation>应急管理（应急预案、预警信息及应对情况）</translation>
    </message>
    <message>
        <source>Supervision and inspection</source>
        <extracomment>监督检查（环境保护、公共卫生、安全生产、食品药品、产品质量）</extracomment>
        <translation>监督检查（环境保护、公共卫生、安全生产、食品药品、产品质量）</translation>
    </message>
    <message>
        <source>Civil servant recruitment</source>
        <extracomment>公务员招考</extracomment>
        <translation>公务员招考</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>其他</extracomment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Policy interpretation</source>
        <extracomment>政策解读</extracomment>
        <translation>政策解读</translation>
    </message>
    <message>
        <source>Personnel</source>
        <extracomment>人事信息</extracomment>
        <translation>人事信息</translation>
    </message>
    <message>
        <source>Art. 20 item (%1) of the 《政府信息公开条例》</source>
        <extracomment>《政府信息公开条例》第二十条第（%1）项</extracomment>
        <translation>《政府信息公开条例》第二十条第（%1）项</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DisclosureItem</name>
    <message>
        <source>must not be empty</source>
        <extracomment>Refusal of an empty field: 不能为空</extracomment>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>Refusal of a record field: it is missing</extracomment>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not text</source>
        <extracomment>Refusal of a record field: it is not text</extracomment>
        <translation>不是文本</translation>
    </message>
    <message>
        <source>%1 is not a date (yyyy-MM-dd)</source>
        <extracomment>Refusal of a date field; %1 is the value, e.g. 2026-13-01</extracomment>
        <translation>%1 不是日期（yyyy-MM-dd）</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>不是列表</translation>
    </message>
    <message>
        <source>「%1」 needs a SHA-256, a name and a size</source>
        <extracomment>Refusal of an attachment entry; %1 is the file name</extracomment>
        <translation>「%1」须有 SHA-256、名称和大小</translation>
    </message>
    <message>
        <source>a line lacks its action, statuses or time</source>
        <extracomment>Refusal of a history line without a known action, statuses or time</extracomment>
        <translation>有一行缺少操作、状态或时间</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>主动公开 item status: 拟稿</extracomment>
        <translation>拟稿</translation>
    </message>
    <message>
        <source>Secrecy review</source>
        <extracomment>主动公开 item status: 保密审查</extracomment>
        <translation>保密审查</translation>
    </message>
    <message>
        <source>Leader review</source>
        <extracomment>主动公开 item status: 领导审核</extracomment>
        <translation>领导审核</translation>
    </message>
    <message>
        <source>Published</source>
        <extracomment>主动公开 item status: 已发布
----------
History action: 发布</extracomment>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <extracomment>主动公开 item status: 已撤回
----------
History action: 撤回</extracomment>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Drafted</source>
        <extracomment>History action: 拟稿</extracomment>
        <translation>拟稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <extracomment>History action: 送审</extracomment>
        <translation>送审</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>History action: 审核通过</extracomment>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>History action: 退回</extracomment>
        <translation>退回</translation>
    </message>
    <message>
        <source>Reopened for update</source>
        <extracomment>History action: 更新 (a published item reopened as a draft)</extracomment>
        <translation>重新更新</translation>
    </message>
    <message>
        <source>Index number</source>
        <extracomment>Field of a 主动公开 item: 索引号</extracomment>
        <translation>索引号</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>Field of a 主动公开 item: 主题分类</extracomment>
        <translation>主题分类</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Field of a 主动公开 item: 标题</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <extracomment>Field of a 主动公开 item: 发布机构</extracomment>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Written on</source>
        <extracomment>Field of a 主动公开 item: 成文日期</extracomment>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Created or changed on</source>
        <extracomment>Field of a 主动公开 item: 形成或者变更日期</extracomment>
        <translation>形成或者变更日期</translation>
    </message>
    <message>
        <source>Published on</source>
        <extracomment>Field of a 主动公开 item: 发布日期</extracomment>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Keywords</source>
        <extracomment>Field of a 主动公开 item: 主题词</extracomment>
        <translation>主题词</translation>
    </message>
    <message>
        <source>Body</source>
        <extracomment>Field of a 主动公开 item: 正文</extracomment>
        <translation>正文</translation>
    </message>
    <message>
        <source>Attachments</source>
        <extracomment>Field of a 主动公开 item: 附件</extracomment>
        <translation>附件</translation>
    </message>
    <message>
        <source>Validity</source>
        <extracomment>Field of a 主动公开 item: 有效性</extracomment>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Classification</source>
        <extracomment>Field of a 主动公开 item: 密级</extracomment>
        <translation>密级</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Field of a 主动公开 item: 状态</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source document</source>
        <extracomment>Field of a 主动公开 item: 来源公文</extracomment>
        <translation>来源公文</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>Field of a 主动公开 item: 办理记录</extracomment>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <extracomment>Field of a 主动公开 item: 撤回</extracomment>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Schema</source>
        <extracomment>Field of a record: 格式版本</extracomment>
        <translation>格式版本</translation>
    </message>
    <message>
        <source>「%1」: %2</source>
        <extracomment>A refused field: 「标题」：不能为空</extracomment>
        <translation>「%1」：%2</translation>
    </message>
    <message>
        <source>version %1 is not known</source>
        <extracomment>Refusal of a record written in another format version; %1 is the version</extracomment>
        <translation>无法识别格式版本 %1</translation>
    </message>
    <message>
        <source>%1 is not a category code</source>
        <extracomment>Refusal of an unknown category code; %1 is the code</extracomment>
        <translation>%1 不是主题分类代码</translation>
    </message>
    <message>
        <source>%1 is not 秘密, 机密 or 绝密</source>
        <extracomment>Refusal of an unknown 密级; %1 is the value</extracomment>
        <translation>%1 不是秘密、机密或绝密</translation>
    </message>
    <message>
        <source>an entry is empty or not text</source>
        <extracomment>Refusal of a keyword list with an empty entry</extracomment>
        <translation>有一项为空或不是文本</translation>
    </message>
    <message>
        <source>only rules and normative documents have one</source>
        <extracomment>Refusal: 有效性 belongs only to category 01 (规章和规范性文件)</extracomment>
        <translation>只有规章和规范性文件才有有效性</translation>
    </message>
    <message>
        <source>%1 is not 有效, 失效 or 废止</source>
        <extracomment>Refusal of an unknown 有效性; %1 is the value</extracomment>
        <translation>%1 不是有效、失效或废止</translation>
    </message>
    <message>
        <source>%1 is not a status</source>
        <extracomment>Refusal of an unknown status; %1 is the value</extracomment>
        <translation>%1 不是状态</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>needs a reason and a date</source>
        <extracomment>Refusal of a withdrawal without reason or date</extracomment>
        <translation>须有撤回理由和日期</translation>
    </message>
    <message>
        <source>missing on a published item</source>
        <extracomment>Refusal: a published item without 发布日期</extracomment>
        <translation>已发布的信息缺少发布日期</translation>
    </message>
    <message>
        <source>a classified item cannot be published</source>
        <extracomment>Refusal: a classified (密级) item can never be published</extracomment>
        <translation>涉密信息不得公开发布</translation>
    </message>
    <message>
        <source>missing on a withdrawn item</source>
        <extracomment>Refusal: a withdrawn item without its reason and date</extracomment>
        <translation>已撤回的信息缺少撤回理由和日期</translation>
    </message>
    <message>
        <source>before the date it was written</source>
        <extracomment>Refusal: 形成或者变更日期 before 成文日期</extracomment>
        <translation>早于成文日期</translation>
    </message>
    <message>
        <source>needs text or an attachment</source>
        <extracomment>Refusal: an item needs 正文 or 附件</extracomment>
        <translation>须有正文或附件</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DisclosurePage</name>
    <message>
        <source>Status</source>
        <extracomment>Column of the 主动公开 list: 状态</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Index number</source>
        <extracomment>Column: 索引号</extracomment>
        <translation>索引号</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>Column: 主题分类</extracomment>
        <translation>主题分类</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column: 标题</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>Changed on</source>
        <extracomment>Column: 形成或者变更日期</extracomment>
        <translation>形成或者变更日期</translation>
    </message>
    <message>
        <source>Submit for review…</source>
        <extracomment>Workflow button: 送审</extracomment>
        <translation>送审…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <extracomment>Workflow button: 审查通过</extracomment>
        <translation>审查通过…</translation>
    </message>
    <message>
        <source>Publish…</source>
        <extracomment>Workflow button: 发布</extracomment>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Return…</source>
        <extracomment>Workflow button: 退回</extracomment>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Update…</source>
        <extracomment>Workflow button: 更新 (reopen a published item)</extracomment>
        <translation>更新…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <extracomment>Workflow button: 撤回</extracomment>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>Button: 编辑 (a draft)</extracomment>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>New item…</source>
        <extracomment>Button: 新建主动公开信息</extracomment>
        <translation>新建主动公开信息…</translation>
    </message>
    <message>
        <source>Secrecy review findings</source>
        <extracomment>Heading of the 保密审查 findings</extracomment>
        <translation>保密审查发现的问题</translation>
    </message>
    <message>
        <source>Proactive disclosure</source>
        <extracomment>Tab: 主动公开</extracomment>
        <translation>主动公开</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>Tab: 依申请公开</extracomment>
        <translation>依申请公开</translation>
    </message>
    <message>
        <source>(pending)</source>
        <extracomment>An item without its 索引号 yet: 待编号</extracomment>
        <translation>（待编号）</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>Heading of an item's history: 办理记录</extracomment>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Opinion or reason:</source>
        <extracomment>Dialog asking for the 意见 (or the reason of a return or withdrawal)</extracomment>
        <translation>意见或理由：</translation>
    </message>
    <message>
        <source>Annual report</source>
        <extracomment>Tab: 年度报告</extracomment>
        <translation>年度报告</translation>
    </message>
    <message>
        <source>Settings…</source>
        <extracomment>Button: 信息公开设置 (机构代码, 索引号规则, 行政复议机关, 预警天数)</extracomment>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Disclosure settings</source>
        <extracomment>Dialog title: 信息公开设置</extracomment>
        <translation>信息公开设置</translation>
    </message>
    <message>
        <source>Fields: {org} organisation code, {category} category, {year}, {seq:N} sequence of N digits</source>
        <extracomment>Tooltip of the 索引号 pattern</extracomment>
        <translation>字段：{org} 机构代码，{category} 主题分类，{year} 年度，{seq:N} N 位流水号</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <extracomment>Setting: 机构代码（统一社会信用代码）</extracomment>
        <translation>机构代码</translation>
    </message>
    <message>
        <source>Index number pattern</source>
        <extracomment>Setting: 索引号规则</extracomment>
        <translation>索引号规则</translation>
    </message>
    <message>
        <source>Administrative review body</source>
        <extracomment>Setting: 行政复议机关 (named on every 告知书)</extracomment>
        <translation>行政复议机关</translation>
    </message>
    <message>
        <source>Warn working days before the limit</source>
        <extracomment>Setting: 预警（距答复期限的工作日数）</extracomment>
        <translation>临期预警（距期限工作日数）</translation>
    </message>
    <message>
        <source>Portal preview…</source>
        <extracomment>Button: 门户预览 (the item as the public 政府信息公开 portal shows it)</extracomment>
        <translation>门户预览…</translation>
    </message>
    <message>
        <source>Holiday calendar…</source>
        <extracomment>Button in the settings: 节假日安排… (the organisation's holiday calendar)</extracomment>
        <translation>节假日安排…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DisclosureRecords</name>
    <message>
        <source>Awaiting %1</source>
        <extracomment>A 信息公开 to-do's step: 待保密审查, 待领导审核</extracomment>
        <translation>待%1</translation>
    </message>
    <message>
        <source>overdue</source>
        <extracomment>电子监察 in a to-do: 预警 (yellow) or 超期 (red) of the 20 working days</extracomment>
        <translation>超期</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>A 信息公开 to-do: 【待保密审查】柳州市2026年城市建设计划</extracomment>
        <translation>【%1】%2</translation>
    </message>
    <message>
        <source>Disclosed item</source>
        <extracomment>Search filter and type of 主动公开 items</extracomment>
        <translation>主动公开信息</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DisclosureRequests</name>
    <message>
        <source>version %1 is not understood (expected %2).</source>
        <translation>无法识别格式版本 %1（应为 %2）。</translation>
    </message>
    <message>
        <source>"%1" is not one of the annual report's six kinds of applicant.</source>
        <extracomment>不是年度报告的六类申请人之一</extracomment>
        <translation>“%1”不是年度报告的六类申请人之一。</translation>
    </message>
    <message>
        <source>"%1" is not a channel of Art. 31.</source>
        <extracomment>不是条例第三十一条的申请方式</extracomment>
        <translation>“%1”不是条例第三十一条规定的申请方式。</translation>
    </message>
    <message>
        <source>"%1" is not a status of a request.</source>
        <extracomment>未知的办理状态</extracomment>
        <translation>“%1”不是申请的办理状态。</translation>
    </message>
    <message>
        <source>"%1" is not a reply type of the regulation.</source>
        <extracomment>不是条例规定的答复类型</extracomment>
        <translation>“%1”不是条例规定的答复类型。</translation>
    </message>
    <message>
        <source>"%1" is not a reason of the regulation.</source>
        <extracomment>不是条例规定的理由</extracomment>
        <translation>“%1”不是条例规定的理由。</translation>
    </message>
    <message>
        <source>"%1" is not of the form year-number (2026-0012).</source>
        <extracomment>登记号应为“年份-四位序号”</extracomment>
        <translation>“%1”不符合“年份-序号”格式（2026-0012）。</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <extracomment>不能为空</extracomment>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <extracomment>缺少日期</extracomment>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>%1 differs from the date the channel makes it (%2, Art. 31).</source>
        <extracomment>与申请方式规定的日期（%1）不一致（条例第三十一条）</extracomment>
        <translation>%1 与申请方式确定的日期（%2，条例第三十一条）不一致。</translation>
    </message>
    <message>
        <source>is before the request was received.</source>
        <extracomment>早于收到申请日期</extracomment>
        <translation>早于收到申请日期。</translation>
    </message>
    <message>
        <source>%1 working days: at most %2 are allowed.</source>
        <extracomment>延长期限最长不得超过 %1 个工作日</extracomment>
        <translation>%1 个工作日：最长不得超过 %2 个。</translation>
    </message>
    <message>
        <source>is missing or before the request was received.</source>
        <extracomment>批准日期缺失或早于收到申请日期</extracomment>
        <translation>缺失或早于收到申请日期。</translation>
    </message>
    <message>
        <source>an extension needs the approval of the head of the disclosure office (Art. 33).</source>
        <extracomment>延期须经政府信息公开工作机构负责人同意</extracomment>
        <translation>延长答复期限须经政府信息公开工作机构负责人同意（条例第三十三条）。</translation>
    </message>
    <message>
        <source>is before the third party was consulted.</source>
        <extracomment>早于征求意见日期</extracomment>
        <translation>早于征求第三方意见的日期。</translation>
    </message>
    <message>
        <source>an answered request has a reply, an open one has none.</source>
        <extracomment>已答复的申请必须有答复，未答复的申请不能有答复</extracomment>
        <translation>已答复的申请必须有答复，未答复的申请不能有答复。</translation>
    </message>
    <message>
        <source>a reply of %1 must give its reason.</source>
        <extracomment>%1须说明理由</extracomment>
        <translation>%1须说明理由。</translation>
    </message>
    <message>
        <source>"%1" is not a reason of %2.</source>
        <extracomment>“%1”不是“%2”的理由</extracomment>
        <translation>“%1”不是“%2”的理由。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DisclosureSettings</name>
    <message>
        <source>The organisation code "%1" is neither a valid unified social credit code nor a valid organisation code.</source>
        <extracomment>机构代码「%1」不是有效的统一社会信用代码或组织机构代码。</extracomment>
        <translation>机构代码「%1」不是有效的统一社会信用代码或组织机构代码。</translation>
    </message>
    <message>
        <source>The warning must come 0 to %1 working days before the limit.</source>
        <extracomment>预警天数须在 0 至 %1 个工作日之间。</extracomment>
        <translation>预警天数须在 0 至 %1 个工作日之间。</translation>
    </message>
    <message>
        <source>A reply notice names the body that hears an administrative review: enter it in the disclosure settings.</source>
        <extracomment>告知书须写明行政复议机关：请在「信息公开设置」中填写。</extracomment>
        <translation>告知书须写明行政复议机关：请在「信息公开设置」中填写。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::DisplayDate</name>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>Date format of the 信息公开 pages (QDate::toString); zh_CN: yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::HolidayCalendar</name>
    <message>
        <source>The shipped holiday data is missing (%1).</source>
        <extracomment>内置的节假日数据缺失（%1）。</extracomment>
        <translation>内置的节假日数据缺失（%1）。</translation>
    </message>
    <message>
        <source>The holiday data lists the year %1 twice.</source>
        <extracomment>节假日数据中 %1 年出现了两次。</extracomment>
        <translation>节假日数据中 %1 年出现了两次。</translation>
    </message>
    <message>
        <source>%1 is arranged by both the %2 and the %3 notice; keep it in one of them.</source>
        <extracomment>%1 的安排在 %2 年和 %3 年的通知中都有列出，请只保留一处。</extracomment>
        <translation>%1 的安排在 %2 年和 %3 年的通知中都有列出，请只保留一处。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::HolidayCalendarDialog</name>
    <message>
        <source>Add row</source>
        <extracomment>Button: 增加一行</extracomment>
        <translation>增加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <extracomment>Button: 删除所选行</extracomment>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <extracomment>Dialog title: 节假日安排</extracomment>
        <translation>节假日安排</translation>
    </message>
    <message>
        <source>Add year…</source>
        <extracomment>Button: 新增年度</extracomment>
        <translation>新增年度…</translation>
    </message>
    <message>
        <source>Undo the organisation's version</source>
        <extracomment>Button: 撤销本机关的安排 (back to the shipped notice, or the added year removed)</extracomment>
        <translation>撤销本机关的安排</translation>
    </message>
    <message>
        <source>Notice</source>
        <extracomment>通知标题, e.g. 国务院办公厅关于2027年部分节假日安排的通知</extracomment>
        <translation>通知标题</translation>
    </message>
    <message>
        <source>Document number</source>
        <extracomment>文号, e.g. 国办发明电〔2026〕7号</extracomment>
        <translation>文号</translation>
    </message>
    <message>
        <source>Published on</source>
        <extracomment>发布日期</extracomment>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>网址 (www.gov.cn)</extracomment>
        <translation>网址</translation>
    </message>
    <message>
        <source>Days off (weekends within them included)</source>
        <extracomment>Heading: 放假安排（含调休的周末）</extracomment>
        <translation>放假安排（含调休的周末）</translation>
    </message>
    <message>
        <source>Holiday</source>
        <extracomment>Column: 节日</extracomment>
        <translation>节日</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column: 起</extracomment>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Column: 止</extracomment>
        <translation>止</translation>
    </message>
    <message>
        <source>Weekend days worked in exchange</source>
        <extracomment>Heading: 调休上班的周末</extracomment>
        <translation>调休上班的周末</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column: 日期</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>For holiday</source>
        <extracomment>Column: 对应节日</extracomment>
        <translation>对应节日</translation>
    </message>
    <message>
        <source>Year:</source>
        <extracomment>Asks for the year whose notice is entered: 年度</extracomment>
        <translation>年度：</translation>
    </message>
    <message>
        <source>organisation</source>
        <extracomment>A year set by the organisation: 本机关</extracomment>
        <translation>本机关</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>随软件提供</translation>
    </message>
    <message>
        <source>%1, row %2, %3: write the date as 2027-01-01.</source>
        <extracomment>%1年 第 %2 行「%3」列的日期须写作 2027-01-01。</extracomment>
        <translation>%1年第 %2 行「%3」：日期须写作 2027-01-01。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::HolidaySchedule</name>
    <message>
        <source>The holiday data is not valid JSON (at character %1: %2).</source>
        <extracomment>节假日数据不是有效的 JSON（第 %1 个字符：%2）</extracomment>
        <translation>节假日数据不是有效的 JSON（第 %1 个字符：%2）</translation>
    </message>
    <message>
        <source>The holiday data has the wrong shape: expected format %1 with a list of years.</source>
        <extracomment>节假日数据格式不符：应为 format %1，含 years 数组。</extracomment>
        <translation>节假日数据格式不符：应为 format %1，含 years 数组。</translation>
    </message>
    <message>
        <source>The holiday data lists the year %1 twice.</source>
        <extracomment>节假日数据中 %1 年出现了两次。</extracomment>
        <translation>节假日数据中 %1 年出现了两次。</translation>
    </message>
    <message>
        <source>The holiday data has an invalid year: %1.</source>
        <extracomment>节假日数据的年份 %1 无效。</extracomment>
        <translation>节假日数据的年份 %1 无效。</translation>
    </message>
    <message>
        <source>%1: the title or publication date of the holiday notice is missing (e.g. 国务院办公厅关于%1年部分节假日安排的通知).</source>
        <extracomment>%1 年：缺少放假通知的标题或发布日期（如“国务院办公厅关于%1年部分节假日安排的通知”）。</extracomment>
        <translation>%1 年：缺少放假通知的标题或发布日期（如“国务院办公厅关于%1年部分节假日安排的通知”）。</translation>
    </message>
    <message>
        <source>%1: no public holidays are listed.</source>
        <extracomment>%1 年：未列出任何法定节假日。</extracomment>
        <translation>%1 年：未列出任何法定节假日。</translation>
    </message>
    <message>
        <source>%1: holiday %2 has no name.</source>
        <extracomment>%1 年：第 %2 个节假日没有名称。</extracomment>
        <translation>%1 年：第 %2 个节假日没有名称。</translation>
    </message>
    <message>
        <source>%1 %2: invalid dates (from and to must be YYYY-MM-DD, from not after to).</source>
        <extracomment>%1 年%2：放假日期无效（起止日期须为 YYYY-MM-DD，且起始不晚于结束）。</extracomment>
        <translation>%1 年%2：放假日期无效（起止日期须为 YYYY-MM-DD，且起始不晚于结束）。</translation>
    </message>
    <message>
        <source>%1 %2: the dates are outside the year.</source>
        <extracomment>%1 年%2：日期不在该年度内。</extracomment>
        <translation>%1 年%2：日期不在该年度内。</translation>
    </message>
    <message>
        <source>%1 %2: %3 days off is more than %4; check the notice.</source>
        <extracomment>%1 年%2：放假共 %3 天，超过 %4 天，请核对通知。</extracomment>
        <translation>%1 年%2：放假共 %3 天，超过 %4 天，请核对通知。</translation>
    </message>
    <message>
        <source>%1: the dates of %2 and %3 overlap.</source>
        <extracomment>%1 年：%2 与 %3 的放假日期重叠。</extracomment>
        <translation>%1 年：%2 与 %3 的放假日期重叠。</translation>
    </message>
    <message>
        <source>%1: a 调休 workday has an invalid date or lies outside the year.</source>
        <extracomment>%1 年：调休上班日期无效或不在该年度内。</extracomment>
        <translation>%1 年：调休上班日期无效或不在该年度内。</translation>
    </message>
    <message>
        <source>%1: the 调休 workday %2 is a %3, not a Saturday or Sunday.</source>
        <extracomment>%1 年：调休上班日 %2 是%3，不是周六或周日。</extracomment>
        <translation>%1 年：调休上班日 %2 是%3，不是周六或周日。</translation>
    </message>
    <message>
        <source>%1: the 调休 workday %2 falls within %3.</source>
        <extracomment>%1 年：调休上班日 %2 落在%3假期内。</extracomment>
        <translation>%1 年：调休上班日 %2 落在%3假期内。</translation>
    </message>
    <message>
        <source>%1: the 调休 workday %2 is listed twice.</source>
        <extracomment>%1 年：调休上班日 %2 重复。</extracomment>
        <translation>%1 年：调休上班日 %2 重复。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::IndexNumberRule</name>
    <message>
        <source>The 索引号 pattern 「%1」 has an unclosed 「{」.</source>
        <extracomment>索引号规则「%1」中有未闭合的「{」。</extracomment>
        <translation>索引号规则「%1」中有未闭合的「{」。</translation>
    </message>
    <message>
        <source>Unknown field 「{%1}」 in the 索引号 pattern: use {org}, {category}, {year} and {seq:N} (N from 1 to %2).</source>
        <extracomment>索引号规则中的字段「{%1}」无效：可用 {org}、{category}、{year}、{seq:N}（N 为 1–9 位）。</extracomment>
        <translation>索引号规则中的字段「{%1}」无效：可用 {org}、{category}、{year}、{seq:N}（N 为 1–%2）。</translation>
    </message>
    <message>
        <source>The field 「{%1}」 appears more than once in the 索引号 pattern.</source>
        <extracomment>索引号规则中的字段「{%1}」出现了不止一次。</extracomment>
        <translation>索引号规则中的字段「{%1}」出现了不止一次。</translation>
    </message>
    <message>
        <source>Character %2 of the 索引号 pattern 「%1」 is not allowed (no 「}」, space or invisible characters).</source>
        <extracomment>索引号规则「%1」的第 %2 个字符无效（不能含「}」、空白或不可见字符）。</extracomment>
        <translation>索引号规则「%1」的第 %2 个字符无效（不能含「}」、空白或不可见字符）。</translation>
    </message>
    <message>
        <source>A 索引号 pattern needs {year} and {seq:N}: sequence numbers run per year.</source>
        <extracomment>索引号规则须含 {year} 和 {seq:N}：流水号按年度编排。</extracomment>
        <translation>索引号规则须含 {year} 和 {seq:N}：流水号按年度编排。</translation>
    </message>
    <message>
        <source>「%1」 is not a valid 统一社会信用代码 or 组织机构代码.</source>
        <extracomment>机构代码「%1」不是有效的统一社会信用代码或组织机构代码。</extracomment>
        <translation>机构代码「%1」不是有效的统一社会信用代码或组织机构代码。</translation>
    </message>
    <message>
        <source>This 索引号 needs a disclosure category.</source>
        <extracomment>此索引号须有主动公开类别。</extracomment>
        <translation>此索引号须有主动公开类别。</translation>
    </message>
    <message>
        <source>The year %1 is not valid.</source>
        <extracomment>年份 %1 无效。</extracomment>
        <translation>年份 %1 无效。</translation>
    </message>
    <message>
        <source>The sequence number %1 is out of range (1–%2).</source>
        <extracomment>流水号 %1 超出范围（1–%2）。</extracomment>
        <translation>流水号 %1 超出范围（1–%2）。</translation>
    </message>
    <message>
        <source>「%1」 does not follow the 索引号 pattern 「%2」.</source>
        <extracomment>「%1」不符合索引号规则「%2」。</extracomment>
        <translation>「%1」不符合索引号规则「%2」。</translation>
    </message>
    <message>
        <source>The category code 「%2」 in 「%1」 is not defined.</source>
        <extracomment>索引号「%1」中的类别代码「%2」未定义。</extracomment>
        <translation>索引号「%1」中的类别代码「%2」未定义。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::ItemEditor</name>
    <message>
        <source>Disclosure item</source>
        <extracomment>Dialog title: 编辑主动公开信息</extracomment>
        <translation>主动公开信息</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>密级 choice for an item without one: 无</extracomment>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::ItemWorkflow</name>
    <message>
        <source>disclosure editor</source>
        <extracomment>Role: 信息公开拟稿人</extracomment>
        <translation>信息公开拟稿人</translation>
    </message>
    <message>
        <source>secrecy reviewer</source>
        <extracomment>Role: 保密审查员</extracomment>
        <translation>保密审查员</translation>
    </message>
    <message>
        <source>disclosure leader</source>
        <extracomment>Role: 信息公开审核领导</extracomment>
        <translation>信息公开审核领导</translation>
    </message>
    <message>
        <source>「%1」 needs one of these roles: %2</source>
        <extracomment>Refusal: the step needs one of the roles, e.g. 「保密审查」需要以下角色之一：保密审查员</extracomment>
        <translation>「%1」需要以下角色之一：%2</translation>
    </message>
    <message>
        <source>The item is at 「%1」, not at 「%2」.</source>
        <extracomment>Refusal: the action belongs to another step; %1 is the item's status, %2 the one needed</extracomment>
        <translation>该信息处于「%1」，不在「%2」。</translation>
    </message>
    <message>
        <source>The item may not be published:
%1</source>
        <extracomment>Refusal of 保密审查; %1 lists the places, one a line</extracomment>
        <translation>该信息不得发布：
%1</translation>
    </message>
    <message>
        <source>「%1」: %2 %3</source>
        <extracomment>A 保密审查 finding without a place: 「密级」：机密</extracomment>
        <translation>「%1」：%2 %3</translation>
    </message>
    <message>
        <source>「%1」 line %2, column %3: %4 %5</source>
        <extracomment>A 保密审查 finding: 「正文」第3行第5列：居民身份证号码 110105********1234</extracomment>
        <translation>「%1」第%2行第%3列：%4 %5</translation>
    </message>
    <message>
        <source>classified</source>
        <extracomment>What 保密审查 found: the item carries a 密级</extracomment>
        <translation>涉密</translation>
    </message>
    <message>
        <source>An item at 「%1」 cannot go back to 「%2」.</source>
        <extracomment>Refusal of a return; %1 is the item's status, %2 the step asked for</extracomment>
        <translation>处于「%1」的信息不能退回到「%2」。</translation>
    </message>
    <message>
        <source>Say why the item goes back.</source>
        <extracomment>Refusal: 退回 needs a reason</extracomment>
        <translation>请说明退回理由。</translation>
    </message>
    <message>
        <source>Say why the item is withdrawn.</source>
        <extracomment>Refusal: 撤回 needs a reason</extracomment>
        <translation>请说明撤回理由。</translation>
    </message>
    <message>
        <source>%1 is before the last change (%2)</source>
        <extracomment>Refusal of 更新: the new 形成或者变更日期 (%1) is before the old one (%2)</extracomment>
        <translation>%1 早于上次变更日期（%2）</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::OrganisationCalendar</name>
    <message>
        <source>Changing the holiday calendar needs the role of a disclosure leader.</source>
        <extracomment>修改节假日安排需要「信息公开领导」角色。</extracomment>
        <translation>修改节假日安排需要「信息公开领导」角色。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::PdfSave</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::PersonalDataChecker</name>
    <message>
        <source>ID card number</source>
        <extracomment>居民身份证号码</extracomment>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <extracomment>手机号码</extracomment>
        <translation>手机号码</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::PortalPreviewDialog</name>
    <message>
        <source>Portal preview: %1</source>
        <extracomment>Title of the 门户预览 dialog: 门户预览：&lt;标题&gt;</extracomment>
        <translation>门户预览：%1</translation>
    </message>
    <message>
        <source>Not published yet: this is how the portal will show the item once it is published. Links do not work in the preview.</source>
        <translation>尚未发布：发布后政府信息公开网站将这样显示本条信息。预览中的链接不可点击。</translation>
    </message>
    <message>
        <source>As the portal shows the item. Links do not work in the preview.</source>
        <translation>政府信息公开网站显示的样式。预览中的链接不可点击。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::PublicationDeadline</name>
    <message>
        <source>The date the information was created or changed is missing.</source>
        <extracomment>缺少政府信息形成或者变更的日期。</extracomment>
        <translation>缺少政府信息形成或者变更的日期。</translation>
    </message>
    <message>
        <source>The publication date %1 is before the information was created or changed (%2).</source>
        <extracomment>发布日期（%1）早于形成或者变更的日期（%2）。</extracomment>
        <translation>发布日期（%1）早于形成或者变更的日期（%2）。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::RegisterRequestDialog</name>
    <message>
        <source>Register a request</source>
        <extracomment>Dialog title: 登记政府信息公开申请</extracomment>
        <translation>登记政府信息公开申请</translation>
    </message>
    <message>
        <source>Handed in on</source>
        <extracomment>当面提交的日期</extracomment>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Signed for on</source>
        <extracomment>邮寄申请的签收日期</extracomment>
        <translation>签收日期</translation>
    </message>
    <message>
        <source>Receipt confirmed on</source>
        <extracomment>双方确认收到申请的日期</extracomment>
        <translation>确认收到日期</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::ReplyDialog</name>
    <message>
        <source>Answer the request</source>
        <extracomment>Dialog title: 答复申请</extracomment>
        <translation>答复申请</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::ReplyNotice</name>
    <message>
        <source>Request %1 has not been answered: there is no notice to write yet.</source>
        <extracomment>申请 %1 尚未答复，不能生成告知书。</extracomment>
        <translation>申请 %1 尚未答复，不能生成告知书。</translation>
    </message>
    <message>
        <source>A notice names the organisation answering and the body that hears an appeal.</source>
        <extracomment>告知书须写明答复机关和行政复议机关。</extracomment>
        <translation>告知书须写明答复机关和行政复议机关。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::ReportTab</name>
    <message>
        <source>Year</source>
        <extracomment>Label of the report's year: 年度</extracomment>
        <translation>年度</translation>
    </message>
    <message>
        <source>Save draft</source>
        <extracomment>Button: 保存草稿 (the annual report)</extracomment>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Publish…</source>
        <extracomment>Button: 发布 (the annual report, to the portal)</extracomment>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <extracomment>Button: 导出PDF</extracomment>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>IV. Administrative reviews and lawsuits</source>
        <extracomment>Group: 四、政府信息公开行政复议、行政诉讼情况 (entered by hand)</extracomment>
        <translation>四、政府信息公开行政复议、行政诉讼情况</translation>
    </message>
    <message>
        <source>Upheld</source>
        <extracomment>结果维持</extracomment>
        <translation>结果维持</translation>
    </message>
    <message>
        <source>Corrected</source>
        <extracomment>结果纠正</extracomment>
        <translation>结果纠正</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>其他结果</extracomment>
        <translation>其他结果</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>尚未审结</extracomment>
        <translation>尚未审结</translation>
    </message>
    <message>
        <source>Administrative review</source>
        <extracomment>行政复议</extracomment>
        <translation>行政复议</translation>
    </message>
    <message>
        <source>Lawsuit, direct</source>
        <extracomment>行政诉讼（未经复议直接起诉）</extracomment>
        <translation>行政诉讼（未经复议直接起诉）</translation>
    </message>
    <message>
        <source>Lawsuit after review</source>
        <extracomment>行政诉讼（复议后起诉）</extracomment>
        <translation>行政诉讼（复议后起诉）</translation>
    </message>
    <message>
        <source>I. Overview</source>
        <extracomment>Text section: 一、总体情况 (empty: a sentence from the figures)</extracomment>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <source>V. Problems and improvements</source>
        <extracomment>Text section: 五、存在的主要问题及改进情况</extracomment>
        <translation>五、存在的主要问题及改进情况</translation>
    </message>
    <message>
        <source>VI. Other matters</source>
        <extracomment>Text section: 六、其他需要报告的事项</extracomment>
        <translation>六、其他需要报告的事项</translation>
    </message>
    <message>
        <source>Figures reconcile: %1 received, %2 carried over, %3 answered, %4 carried into next year; every request counted once.</source>
        <translation>核对一致：本年新收 %1 件，上年结转 %2 件，办结 %3 件，结转下年度 %4 件，每件申请只计一次。</translation>
    </message>
    <message>
        <source>Figures do not reconcile: %1</source>
        <translation>数据核对不一致：%1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <extracomment>The year's report has not been saved: 未保存</extracomment>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Published (%1)</source>
        <extracomment>已发布（2027年1月20日）</extracomment>
        <translation>已发布（%1）</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>草稿</extracomment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Annual report %1.pdf</source>
        <extracomment>Default file name of the annual report PDF</extracomment>
        <translation>%1年政府信息公开工作年度报告.pdf</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <extracomment>Save dialog title</extracomment>
        <translation>导出年度报告</translation>
    </message>
    <message>
        <source>Exported: %1 (%2 pages)</source>
        <translation>已导出：%1（共 %2 页）</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <extracomment>正在导出年度报告…</extracomment>
        <translation>正在导出年度报告…</translation>
    </message>
    <message>
        <source>Publish the %1 annual report on the public portal? It is visible to everyone after the next sync.</source>
        <extracomment>Confirmation: 将%1年度报告发布到政府信息公开网站？同步后公众即可查看。</extracomment>
        <translation>将%1年度报告发布到政府信息公开网站？同步后公众即可查看。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::RequestDeadline</name>
    <message>
        <source>A request handed in counts as received on the day it is handed in: that date is missing.</source>
        <extracomment>当面提交的申请以提交之日为收到申请之日：缺少提交日期。</extracomment>
        <translation>当面提交的申请以提交之日为收到申请之日：缺少提交日期。</translation>
    </message>
    <message>
        <source>A request sent by post counts as received on the day it is signed for: that date is missing.</source>
        <extracomment>以邮寄方式提交的申请以签收之日为收到申请之日：缺少签收日期。</extracomment>
        <translation>以邮寄方式提交的申请以签收之日为收到申请之日：缺少签收日期。</translation>
    </message>
    <message>
        <source>A request by ordinary letter, online or by fax counts as received on the day its receipt is confirmed with the applicant: that date is missing.</source>
        <extracomment>以平常信函、互联网或传真提交的申请以双方确认之日为收到申请之日：缺少确认日期。</extracomment>
        <translation>以平常信函、互联网或传真提交的申请以双方确认之日为收到申请之日：缺少确认日期。</translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation>提交方式未知。</translation>
    </message>
    <message>
        <source>The date the request was received is missing.</source>
        <extracomment>缺少收到申请的日期。</extracomment>
        <translation>缺少收到申请的日期。</translation>
    </message>
    <message>
        <source>The completed request (补正) is dated %1, before the request was received on %2.</source>
        <extracomment>收到补正申请的日期（%1）早于收到申请的日期（%2）。</extracomment>
        <translation>收到补正申请的日期（%1）早于收到申请的日期（%2）。</translation>
    </message>
    <message>
        <source>The answer is dated %1, before the request was received.</source>
        <extracomment>答复日期（%1）早于收到申请的日期。</extracomment>
        <translation>答复日期（%1）早于收到申请的日期。</translation>
    </message>
    <message>
        <source>A third-party consultation is dated %1, before the time limit started on %2.</source>
        <extracomment>征求第三方意见的日期（%1）早于起算日（%2）。</extracomment>
        <translation>征求第三方意见的日期（%1）早于起算日（%2）。</translation>
    </message>
    <message>
        <source>A third party's answer is dated %1, before it was consulted on %2.</source>
        <extracomment>第三方意见的收到日期（%1）早于征求意见的日期（%2）。</extracomment>
        <translation>第三方意见的收到日期（%1）早于征求意见的日期（%2）。</translation>
    </message>
    <message>
        <source>An extension of %1 working days: at most %2 are allowed.</source>
        <extracomment>延长答复期限为 %1 个工作日：最长不得超过 %2 个工作日。</extracomment>
        <translation>延长答复期限为 %1 个工作日：最长不得超过 %2 个工作日。</translation>
    </message>
    <message>
        <source>An extension must be approved and notified within the time limit (ending %1); it is dated %2.</source>
        <extracomment>延期须在答复期限（%1 届满）内经批准并告知申请人，批准日期为 %2。</extracomment>
        <translation>延期须在答复期限（%1 届满）内经批准并告知申请人，批准日期为 %2。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::RequestSupervision</name>
    <message>
        <source>Disclosure request %1 (%2): %3 working day(s) overdue</source>
        <extracomment>依申请公开 %1（%2）：已超期 %3 个工作日</extracomment>
        <translation>依申请公开 %1（%2）：已超期 %3 个工作日</translation>
    </message>
    <message>
        <source>Disclosure request %1 (%2): past its time limit</source>
        <extracomment>依申请公开 %1（%2）：已超过答复期限</extracomment>
        <translation>依申请公开 %1（%2）：已超过答复期限</translation>
    </message>
    <message>
        <source>Disclosure request %1 (%2): %3 working day(s) left</source>
        <extracomment>依申请公开 %1（%2）：还剩 %3 个工作日</extracomment>
        <translation>依申请公开 %1（%2）：还剩 %3 个工作日</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>承办部门：未分配</extracomment>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::RequestWorkflow</name>
    <message>
        <source>Request %1 has been answered and is closed.</source>
        <extracomment>申请 %1 已答复办结，不能再办理。</extracomment>
        <translation>申请 %1 已答复办结，不能再办理。</translation>
    </message>
    <message>
        <source>Request %1 is registered already.</source>
        <extracomment>申请 %1 已经登记。</extracomment>
        <translation>申请 %1 已经登记。</translation>
    </message>
    <message>
        <source>The department handling the request is missing.</source>
        <extracomment>承办部门不能为空。</extracomment>
        <translation>承办部门不能为空。</translation>
    </message>
    <message>
        <source>A request is completed (补正) once (Art. 30); this one was on %1.</source>
        <extracomment>补正只能一次（条例第三十条），本申请已于 %1 补正。</extracomment>
        <translation>补正只能一次（条例第三十条），本申请已于 %1 补正。</translation>
    </message>
    <message>
        <source>The completed request is dated before the request was received.</source>
        <extracomment>补正日期早于收到申请日期。</extracomment>
        <translation>补正日期早于收到申请日期。</translation>
    </message>
    <message>
        <source>A request already extended or sent for consultation cannot be completed any more: 补正 comes first.</source>
        <extracomment>已延期或已征求第三方意见的申请不能再要求补正。</extracomment>
        <translation>已延期或已征求第三方意见的申请不能再要求补正：补正在先。</translation>
    </message>
    <message>
        <source>A request is extended once (Art. 33); this one was on %1.</source>
        <extracomment>延期只能一次（条例第三十三条），本申请已于 %1 延期。</extracomment>
        <translation>延期只能一次（条例第三十三条），本申请已于 %1 延期。</translation>
    </message>
    <message>
        <source>Extended by %2 working days, approved by %1.</source>
        <extracomment>经%1批准，延长答复期限%2个工作日</extracomment>
        <translation>经%1批准，延长答复期限%2个工作日。</translation>
    </message>
    <message>
        <source>There is no such third-party consultation.</source>
        <extracomment>没有这次征求第三方意见。</extracomment>
        <translation>没有这次征求第三方意见。</translation>
    </message>
    <message>
        <source>%1 answered on %2 already.</source>
        <extracomment>%1 已于 %2 答复。</extracomment>
        <translation>%1 已于 %2 答复。</translation>
    </message>
    <message>
        <source>The reply is dated %1, before the request (or its completion) was received on %2.</source>
        <extracomment>答复日期（%1）早于收到申请（或补正）的日期 %2。</extracomment>
        <translation>答复日期为 %1，早于收到申请（或补正）的日期 %2。</translation>
    </message>
    <message>
        <source>The reply is dated before a third party was consulted.</source>
        <extracomment>答复日期早于征求第三方意见的日期。</extracomment>
        <translation>答复日期早于征求第三方意见的日期。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::RequestsTab</name>
    <message>
        <source>Registered</source>
        <extracomment>Steps of a 依申请公开 request: 登记, 分办, 补正, 延期, 征求第三方意见, 第三方答复, 答复</extracomment>
        <translation>登记</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>分办</translation>
    </message>
    <message>
        <source>Completed by the applicant</source>
        <translation>补正</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Third party consulted</source>
        <translation>征求第三方意见</translation>
    </message>
    <message>
        <source>Third party answered</source>
        <extracomment>Dialog title: 第三方答复</extracomment>
        <translation>第三方答复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Serial</source>
        <extracomment>Column of the 依申请公开 list: 登记号</extracomment>
        <translation>登记号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <extracomment>Column: 申请人</extracomment>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Applicant type</source>
        <extracomment>Column: 申请人类型</extracomment>
        <translation>申请人类型</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Column: 收到申请日期</extracomment>
        <translation>收到申请日期</translation>
    </message>
    <message>
        <source>Department</source>
        <extracomment>Column: 承办部门</extracomment>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>Column: 答复期限</extracomment>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Working days left</source>
        <extracomment>Column: 剩余工作日 (negative: overdue)</extracomment>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Column: 办理结果</extracomment>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>%1 requests, %2 open: %3 due soon, %4 overdue.</source>
        <extracomment>Summary above the 依申请公开 list: 共 120 件，办理中 12 件，其中临期 3 件、超期 2 件</extracomment>
        <translation>共 %1 件，办理中 %2 件，其中临期 %3 件、超期 %4 件。</translation>
    </message>
    <message>
        <source>Applicant: %1 (%2)</source>
        <extracomment>Line of a request's detail: 申请人</extracomment>
        <translation>申请人：%1（%2）</translation>
    </message>
    <message>
        <source>Extended by %1 working days</source>
        <extracomment>A request's extension: 延长答复期限 N 个工作日</extracomment>
        <translation>延长答复期限 %1 个工作日</translation>
    </message>
    <message>
        <source>Register…</source>
        <extracomment>Button: 登记 a new request</extracomment>
        <translation>登记…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <extracomment>Button: 分办 (hand to the department that answers)</extracomment>
        <translation>分办…</translation>
    </message>
    <message>
        <source>Completed…</source>
        <extracomment>Button: 补正 (the applicant completed the request)</extracomment>
        <translation>补正…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <extracomment>Button: 延期</extracomment>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Consult…</source>
        <extracomment>Button: 征求第三方意见</extracomment>
        <translation>征求意见…</translation>
    </message>
    <message>
        <source>Third party answered…</source>
        <extracomment>Button: 第三方答复</extracomment>
        <translation>第三方答复…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <extracomment>Button: 答复</extracomment>
        <translation>答复…</translation>
    </message>
    <message>
        <source>Reply notice PDF…</source>
        <extracomment>Button: 告知书 as PDF</extracomment>
        <translation>告知书 PDF…</translation>
    </message>
    <message>
        <source>Assign the request</source>
        <extracomment>Dialog title: 分办</extracomment>
        <translation>分办</translation>
    </message>
    <message>
        <source>Completed request received</source>
        <extracomment>Dialog title: 补正</extracomment>
        <translation>收到补正申请</translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <extracomment>Dialog title: 延期答复</extracomment>
        <translation>延期答复</translation>
    </message>
    <message>
        <source>Consult a third party</source>
        <extracomment>Dialog title: 征求第三方意见</extracomment>
        <translation>征求第三方意见</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <extracomment>没有这件申请。</extracomment>
        <translation>没有这件申请。</translation>
    </message>
    <message>
        <source>Reply notice %1.pdf</source>
        <extracomment>Default file name of a 告知书: 告知书-2026-0012.pdf</extracomment>
        <translation>告知书-%1.pdf</translation>
    </message>
    <message>
        <source>Save the reply notice</source>
        <extracomment>Save dialog title: 保存告知书</extracomment>
        <translation>保存告知书</translation>
    </message>
    <message>
        <source>Reply notice saved: %1 (%2 pages)</source>
        <translation>告知书已保存：%1（共 %2 页）</translation>
    </message>
    <message>
        <source>Writing the reply notice…</source>
        <extracomment>正在生成告知书…</extracomment>
        <translation>正在生成告知书…</translation>
    </message>
    <message>
        <source>Channel: %1; received on %2</source>
        <extracomment>Line of a request's detail: 申请方式：邮寄；收到申请日期：2026年11月3日</extracomment>
        <translation>申请方式：%1；收到申请日期：%2</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <extracomment>Line of a request's detail: 承办部门</extracomment>
        <translation>承办部门：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <extracomment>剩余 N 个工作日</extracomment>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <extracomment>已超期 N 个工作日</extracomment>
        <translation>
            <numerusform>已超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Due on %1 (%2)</source>
        <extracomment>Line of a request's detail: 答复期限：2026年12月1日（剩余 3 个工作日）</extracomment>
        <translation>答复期限：%1（%2）</translation>
    </message>
    <message>
        <source>; paused while a third party is consulted</source>
        <translation>；征求第三方意见期间暂停计时</translation>
    </message>
    <message>
        <source>Consulted %1 on %2, answered on %3</source>
        <translation>征求第三方意见：%1，%2发出，%3答复</translation>
    </message>
    <message>
        <source>Consulted %1 on %2, not answered yet</source>
        <translation>征求第三方意见：%1，%2发出，尚未答复</translation>
    </message>
    <message>
        <source>Timeliness by department this year</source>
        <extracomment>Heading of the per-department figures: 各承办部门办理时效（本年度）</extracomment>
        <translation>各承办部门办理时效（本年度）</translation>
    </message>
    <message>
        <source>On time</source>
        <extracomment>Column: 按时答复率</extracomment>
        <translation>按时答复率</translation>
    </message>
    <message>
        <source>Overdue open</source>
        <extracomment>Column: 超期未答复（件）</extracomment>
        <translation>超期未答复</translation>
    </message>
    <message>
        <source>Average working days</source>
        <extracomment>Column: 平均用时（工作日）</extracomment>
        <translation>平均用时（工作日）</translation>
    </message>
    <message>
        <source>Answered requests</source>
        <extracomment>Column: 已答复（件）</extracomment>
        <translation>已答复</translation>
    </message>
</context>
<context>
    <name>GovDesk::Disclosure::StepDialog</name>
    <message>
        <source>In person</source>
        <extracomment>申请方式: 当面提交</extracomment>
        <translation>当面提交</translation>
    </message>
    <message>
        <source>By post (signed for)</source>
        <extracomment>申请方式: 邮寄 (registered post or courier, signed for)</extracomment>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>Plain letter</source>
        <extracomment>申请方式: 平常信函</extracomment>
        <translation>平常信函</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>申请方式: 互联网</extracomment>
        <translation>互联网</translation>
    </message>
    <message>
        <source>Fax</source>
        <extracomment>申请方式: 传真</extracomment>
        <translation>传真</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents</name>
    <message>
        <source>The document number is empty.</source>
        <translation>发文字号为空。</translation>
    </message>
    <message>
        <source>The document number must begin with the issuing authority's code, as in 「桂政发〔2014〕12号」.</source>
        <translation>发文字号须以机关代字开头，如「桂政发〔2014〕12号」。</translation>
    </message>
    <message>
        <source>The year of the document number must be enclosed in hexagonal brackets 〔〕, as in 「桂政发〔2014〕12号」.</source>
        <translation>发文字号中的年份须用六角括号〔〕括入，如「桂政发〔2014〕12号」。</translation>
    </message>
    <message>
        <source>The year of the document number is enclosed in %1; only the hexagonal brackets 〔〕 are allowed.</source>
        <translation>发文字号中的年份用了%1括入，只能使用六角括号〔〕。</translation>
    </message>
    <message>
        <source>The year of the document number must have four digits (found 「%1」).</source>
        <translation>发文字号中的年份应为4位阿拉伯数字（现为「%1」）。</translation>
    </message>
    <message>
        <source>The sequence number must not be preceded by 「第」: write 「12号」, not 「第12号」.</source>
        <translation>发文字号的序号前不加「第」字：应写「12号」，而非「第12号」。</translation>
    </message>
    <message>
        <source>The document number has no sequence number after the year.</source>
        <translation>发文字号在年份之后缺少序号。</translation>
    </message>
    <message>
        <source>The sequence number must be a positive number without leading zeros (found 「%1」).</source>
        <translation>发文字号的序号应为不编虚位的正整数（现为「%1」）。</translation>
    </message>
    <message>
        <source>The sequence number must be written in Arabic digits (found 「%1」).</source>
        <translation>发文字号的序号应使用阿拉伯数字（现为「%1」）。</translation>
    </message>
    <message>
        <source>The document number must end with 「号」.</source>
        <translation>发文字号应以「号」结尾。</translation>
    </message>
    <message>
        <source>The document number must end with 「号」; 「%1」 follows it.</source>
        <translation>发文字号应以「号」结尾，其后不应有「%1」。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::BodyRevisions</name>
    <message>
        <source>Changes are accepted or rejected in the order they were made; decide the earlier ones first.</source>
        <translation>修改须按先后顺序接受或拒绝，请先处理较早的修改。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DisclosureHandover</name>
    <message>
        <source>Only a document marked 「此件公开发布」 in its remark goes to disclosure.</source>
        <extracomment>Refusal of 转信息公开: the 附注 does not say 此件公开发布</extracomment>
        <translation>只有附注中注明「此件公开发布」的公文才能转信息公开。</translation>
    </message>
    <message>
        <source>The disclosure module is not available.</source>
        <extracomment>Refusal of 转信息公开: the 信息公开 module is not available</extracomment>
        <translation>信息公开模块不可用。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DispatchWorkflow</name>
    <message>
        <source>The document has already been distributed.</source>
        <translation>公文已分发。</translation>
    </message>
    <message>
        <source>Only a signatory may sign a document: %1 does not hold the signing role.</source>
        <translation>只有签发人才能签发公文：%1不具有签发权限。</translation>
    </message>
    <message>
        <source>The document cannot pass %1:
%2</source>
        <translation>公文未能通过%1：
%2</translation>
    </message>
    <message>
        <source>A distributed document cannot be returned to an earlier step.</source>
        <translation>已分发的公文不能退回。</translation>
    </message>
    <message>
        <source>A document can only be returned to an earlier step: it is at %1, not past %2.</source>
        <translation>公文只能退回到此前的环节：当前在%1，尚未经过%2。</translation>
    </message>
    <message>
        <source>Give the reason for returning the document to %1.</source>
        <translation>请填写退回至%1的理由。</translation>
    </message>
    <message>
        <source>The tracked changes of the body must be accepted or rejected before %1.</source>
        <translation>正文的留痕须在%1前接受或拒绝。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentElements</name>
    <message>
        <source>Copy number</source>
        <translation>份号</translation>
    </message>
    <message>
        <source>Security classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>Secrecy period</source>
        <translation>保密期限</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Issuing authority mark</source>
        <translation>发文机关标志</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>文种</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Main recipients</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>List of attachments</source>
        <translation>附件说明</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>发文机关署名</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>附注</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Copied to</source>
        <translation>抄送机关</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <source>Printing date</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Also attending</source>
        <translation>列席</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentHandling</name>
    <message>
        <source>Your organisation's electronic seal is not on this computer, so the document cannot be sealed. The seal is given only to signatories of the organisation: a signatory synchronises once to receive it and then takes the Seal step; if you are one, synchronise now and try again. If it still fails, ask the administrator to issue the seal (govdesk-syncd seal issue).</source>
        <extracomment>用印 refused: 本机没有本单位的电子印章……</extracomment>
        <translation>本机没有本单位的电子印章，无法用印。电子印章只发给本单位的签发人：请由签发人同步一次取得印章后再办理用印；如您是签发人，请先同步再重试。仍不成功的，请联系管理员签发印章（govdesk-syncd seal issue）。</translation>
    </message>
    <message>
        <source>The seal on this computer belongs to %1, not to your organisation; synchronise to receive your organisation's seal.</source>
        <translation>本机的印章属于%1，不是本单位的印章，请同步以取得本单位的印章。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentListModel</name>
    <message>
        <source>Awaiting sign-for</source>
        <extracomment>当前环节 of an arrival not yet signed for: 待签收</extracomment>
        <translation>待签收</translation>
    </message>
    <message>
        <source>%1 (returned)</source>
        <extracomment>当前环节 after a return: 核稿（退回）</extracomment>
        <translation>%1（退回）</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>当前环节 past its handling period: 核稿（逾期）</extracomment>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <source>Handling period ended %1</source>
        <extracomment>Tooltip: 办理时限 %1</extracomment>
        <translation>办理时限已于%1届满</translation>
    </message>
    <message>
        <source>Document number</source>
        <extracomment>发文字号</extracomment>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>标题</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>文种</extracomment>
        <translation>文种</translation>
    </message>
    <message>
        <source>Urgency</source>
        <extracomment>紧急程度</extracomment>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Classification</source>
        <extracomment>密级</extracomment>
        <translation>密级</translation>
    </message>
    <message>
        <source>Current step</source>
        <extracomment>当前环节</extracomment>
        <translation>当前环节</translation>
    </message>
    <message>
        <source>Date received</source>
        <extracomment>收文日期</extracomment>
        <translation>收文日期</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <extracomment>成文日期</extracomment>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>[Tampered with] %1</source>
        <extracomment>A sealed document changed since: 【已被篡改】 before its title</extracomment>
        <translation>【已被篡改】%1</translation>
    </message>
    <message>
        <source>%1
Changed after it was sealed: the electronic seal no longer matches. Open it to see what changed.</source>
        <extracomment>Tooltip of a document changed after 用印</extracomment>
        <translation>%1
用印后已被改动，电子印章已不相符。请打开查看改动之处。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentNumber</name>
    <message>
        <source>Not yet numbered</source>
        <extracomment>待编号 — registered, the number not yet allocated by the server</extracomment>
        <translation>待编号</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentOutput</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>The printer did not take page %1.</source>
        <translation>打印机未能接收第%1页。</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>公文无法打印。</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文档 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).

Fonts used:
%2</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）。

使用的字体：
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Signed with the seal of %1.</source>
        <translation>已加盖%1的电子签章。</translation>
    </message>
    <message>
        <source>The document is not sealed.</source>
        <translation>该公文未用印。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).

%2

Fonts used:
%3

Embedded in the OFD:
%4</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）。

%2

使用的字体：
%3

OFD中嵌入的字体：
%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as OFD</source>
        <translation>导出为OFD</translation>
    </message>
    <message>
        <source>OFD documents (*.ofd)</source>
        <extracomment>OFD: 版式文档 (GB/T 33190), what archives require</extracomment>
        <translation>OFD版式文档 (*.ofd)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentSealer</name>
    <message>
        <source>The seal certificate of %1 is not valid now; ask the administrator to issue the seal again.</source>
        <translation>%1的印章证书当前无效，请联系管理员重新签发印章。</translation>
    </message>
    <message>
        <source>The seal key of %1 does not match its certificate; fetch the seal again.</source>
        <translation>%1的印章密钥与证书不匹配，请重新获取印章。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentValidator</name>
    <message>
        <source>The copy number must be six Arabic digits, such as 「000001」 (found 「%1」).</source>
        <translation>份号应为6位阿拉伯数字，如「000001」（现为「%1」）。</translation>
    </message>
    <message>
        <source>A classified document (%1) must carry a copy number.</source>
        <translation>涉密公文（%1）必须标注份号。</translation>
    </message>
    <message>
        <source>A secrecy period is marked only on a classified document (secret, confidential or top secret).</source>
        <translation>只有涉密公文（秘密、机密、绝密）才标注保密期限。</translation>
    </message>
    <message>
        <source>The document number is malformed: %1</source>
        <translation>发文字号格式不正确：%1</translation>
    </message>
    <message>
        <source>The document has not been numbered yet: register it before sealing and sending.</source>
        <translation>公文尚未取得发文字号，请登记编号后再用印、分发。</translation>
    </message>
    <message>
        <source>An upward document (%1) must name its signatory.</source>
        <translation>上行文（%1）必须标注签发人。</translation>
    </message>
    <message>
        <source>The title is required: issuing authority, subject and document type.</source>
        <translation>标题不能为空，应由发文机关名称、事由和文种组成。</translation>
    </message>
    <message>
        <source>Name at least one main recipient before sending the document.</source>
        <translation>分发前请至少填写一个主送机关。</translation>
    </message>
    <message>
        <source>The date of issue is required from signing on, written like 「2014年4月16日」.</source>
        <translation>自签发起必须标注成文日期，写法如「2014年4月16日」。</translation>
    </message>
    <message>
        <source>The printing date cannot be earlier than the date of issue.</source>
        <translation>印发日期不得早于成文日期。</translation>
    </message>
    <message>
        <source>A %1 document must never be sent through the electronic exchange: classified documents may not travel on a non-classified network.</source>
        <translation>%1公文不得通过电子公文交换发送：涉密公文不得在非涉密网络传输。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentView</name>
    <message>
        <source>Submit for review</source>
        <extracomment>送核稿</extracomment>
        <translation>送核稿</translation>
    </message>
    <message>
        <source>Review done</source>
        <extracomment>核稿完毕</extracomment>
        <translation>核稿完毕</translation>
    </message>
    <message>
        <source>Sign…</source>
        <extracomment>签发…</extracomment>
        <translation>签发…</translation>
    </message>
    <message>
        <source>Check done</source>
        <extracomment>复核完毕</extracomment>
        <translation>复核完毕</translation>
    </message>
    <message>
        <source>Register</source>
        <extracomment>登记编号
----------
登记 of an arrival
----------
登记: the 机关代字 of the 发文字号, e.g. 柳政办发; the number follows at the next sync.</extracomment>
        <translation>登记</translation>
    </message>
    <message>
        <source>Seal</source>
        <extracomment>用印</extracomment>
        <translation>印章</translation>
    </message>
    <message>
        <source>Distribute</source>
        <extracomment>分发</extracomment>
        <translation>分发</translation>
    </message>
    <message>
        <source>Propose…</source>
        <extracomment>拟办…</extracomment>
        <translation>拟办…</translation>
    </message>
    <message>
        <source>Instruct…</source>
        <extracomment>批办…</extracomment>
        <translation>批办…</translation>
    </message>
    <message>
        <source>Handling done</source>
        <extracomment>承办完毕</extracomment>
        <translation>承办完毕</translation>
    </message>
    <message>
        <source>Conclude</source>
        <extracomment>办结</extracomment>
        <translation>办结</translation>
    </message>
    <message>
        <source>Archive</source>
        <extracomment>归档</extracomment>
        <translation>归档</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>History: 办理 (a step completed)</extracomment>
        <translation>办理</translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>History: 退回</extracomment>
        <translation>退回</translation>
    </message>
    <message>
        <source>Signed for</source>
        <extracomment>History: 签收</extracomment>
        <translation>签收</translation>
    </message>
    <message>
        <source>Sent back</source>
        <extracomment>History: 退回来文单位</extracomment>
        <translation>退回来文单位</translation>
    </message>
    <message>
        <source>Circulated to %1</source>
        <extracomment>History: 传阅给 %1</extracomment>
        <translation>传阅：%1</translation>
    </message>
    <message>
        <source>Urged</source>
        <extracomment>History: 催办</extracomment>
        <translation>催办</translation>
    </message>
    <message>
        <source>Back to list</source>
        <extracomment>Back to the list: 返回列表</extracomment>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>办理记录: 时间, 环节, 办理人, 操作, 意见</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Opinion or reason</source>
        <translation>意见或理由</translation>
    </message>
    <message>
        <source>Delivery to recipients</source>
        <extracomment>分发情况</extracomment>
        <translation>分发情况</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>分发情况: 单位, 状态, 时间, 签收人或退回原因</extracomment>
        <translation>单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Person or reason</source>
        <translation>签收人或退回原因</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>办理记录</extracomment>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Awaiting sign-for</source>
        <translation>待签收</translation>
    </message>
    <message>
        <source>Return to…</source>
        <extracomment>退回至…</extracomment>
        <translation>退回至…</translation>
    </message>
    <message>
        <source>Return</source>
        <extracomment>Title and label of the reason asked for a return</extracomment>
        <translation>退回</translation>
    </message>
    <message>
        <source>Why is it returned to %1?</source>
        <translation>退回至%1的理由：</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>已分发</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <extracomment>编辑草稿</extracomment>
        <translation>编辑草稿</translation>
    </message>
    <message>
        <source>%1 · Current step: %2</source>
        <extracomment>Above the document: 发文字号 · 当前环节：核稿</extracomment>
        <translation>%1 · 当前环节：%2</translation>
    </message>
    <message>
        <source>Sign</source>
        <extracomment>The signatory's opinion at 签发; the suggestion is 同意。</extracomment>
        <translation>签发</translation>
    </message>
    <message>
        <source>Signing opinion:</source>
        <translation>签发意见：</translation>
    </message>
    <message>
        <source>Agreed.</source>
        <translation>同意。</translation>
    </message>
    <message>
        <source>Sign for</source>
        <extracomment>签收</extracomment>
        <translation>签收</translation>
    </message>
    <message>
        <source>Send back…</source>
        <extracomment>退回来文单位…</extracomment>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Why is it sent back to the sender (e.g. misaddressed)?</source>
        <translation>退回来文单位的理由（如误送）：</translation>
    </message>
    <message>
        <source>Proposed handling:</source>
        <extracomment>拟办意见 / 批办意见</extracomment>
        <translation>拟办意见：</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation>批办意见：</translation>
    </message>
    <message>
        <source>Circulate…</source>
        <extracomment>传阅…</extracomment>
        <translation>传阅…</translation>
    </message>
    <message>
        <source>Circulate</source>
        <translation>传阅</translation>
    </message>
    <message>
        <source>Who is to read it (names separated by 、 or commas)?</source>
        <translation>传阅人（以、或逗号分隔）：</translation>
    </message>
    <message>
        <source>Urge…</source>
        <extracomment>催办…</extracomment>
        <translation>催办…</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>催办内容：</translation>
    </message>
    <message>
        <source>Issuing authority code (for example 柳政办发); the number follows at the next sync:</source>
        <translation>机关代字（如“柳政办发”）；发文字号在下次同步后取得：</translation>
    </message>
    <message>
        <source>Tracked changes</source>
        <extracomment>留痕</extracomment>
        <translation>留痕</translation>
    </message>
    <message>
        <source>Attachments</source>
        <extracomment>附件</extracomment>
        <translation>附件</translation>
    </message>
    <message>
        <source>This document was also handled elsewhere (for example signed or returned by someone else first). Nothing is lost: compare both versions under Sync → Conflicts and choose the one to keep; then its steps continue here.</source>
        <extracomment>此公文也在别处办理了（例如他人已先签发）……</extracomment>
        <translation>此公文也在别处办理了（例如他人已先签发或退回）。本机的办理没有丢失：请在“同步 → 冲突”中比较两个版本，选定保留哪一个，之后即可在此继续办理。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentsPage</name>
    <message>
        <source>Drafts</source>
        <extracomment>草稿</extracomment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>To do</source>
        <extracomment>待办</extracomment>
        <translation>待办</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>已发</extracomment>
        <translation>已发</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>收文</extracomment>
        <translation>收文</translation>
    </message>
    <message>
        <source>Archived</source>
        <extracomment>归档</extracomment>
        <translation>归档</translation>
    </message>
    <message>
        <source>All types</source>
        <extracomment>Filter: 全部文种 / 全部年度 / 全部紧急程度 / 全部环节</extracomment>
        <translation>全部文种</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <source>Year:</source>
        <extracomment>Filter labels: 年度, 文种, 紧急程度, 环节</extracomment>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>文种：</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>环节：</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A list and its count: 待办（12）</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <extracomment>Subtitle: 共 %n 件</extracomment>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), %1 overdue</source>
        <extracomment>Subtitle: 共 %n 件，其中 %1 件已逾期</extracomment>
        <translation>
            <numerusform>共 %n 件，其中 %1 件已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents could not be read</source>
        <translation>无法读取公文</translation>
    </message>
    <message>
        <source>No document matches the filter</source>
        <translation>没有符合筛选条件的公文</translation>
    </message>
    <message>
        <source>Choose 「All」 in the filters to see the whole list.</source>
        <translation>在筛选条件中选择「全部」可查看完整列表。</translation>
    </message>
    <message>
        <source>Start a new document with 「New document」 in the Documents menu.</source>
        <translation>可通过「公文」菜单中的「新建公文」开始拟稿。</translation>
    </message>
    <message>
        <source>Documents appear here as they reach this step.</source>
        <translation>公文办理到此环节时会显示在这里。</translation>
    </message>
    <message>
        <source>No documents in %1</source>
        <extracomment>Empty list: 暂无公文</extracomment>
        <translation>「%1」中暂无公文</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentsRecords</name>
    <message>
        <source>The document no longer exists on this computer.</source>
        <translation>本机上已没有这份公文。</translation>
    </message>
    <message>
        <source>This document was not received by your organisation.</source>
        <translation>这份公文不是本单位的收文。</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>A 公文 to-do: 【待签发】柳州市人民政府办公室关于…的通知</extracomment>
        <translation>【%1】%2</translation>
    </message>
    <message>
        <source>Official document</source>
        <extracomment>Search filter and type of 公文 entries</extracomment>
        <translation>公文</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签发状态</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>The series is the issuing authority's code alone, such as 柳政办发: letters without year, brackets or number.</source>
        <translation>机关代字只写代字本身（如“柳政办发”），不含年份、括号和序号。</translation>
    </message>
    <message>
        <source>The body is changed with tracked changes only at review, signing and checking; after that the signed text is frozen.</source>
        <translation>正文只能在核稿、签发和复核环节留痕修改；此后签发稿已定稿，不能再改。</translation>
    </message>
    <message>
        <source>This document was also handled elsewhere (for example signed or returned by someone else first). Nothing is lost: compare both versions under Sync → Conflicts and choose the one to keep before the next step.</source>
        <translation>此公文也在别处办理了（例如他人已先签发或退回）。本机的办理没有丢失：请先在“同步 → 冲突”中比较两个版本并选定保留哪一个，再办理下一环节。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DocumentsUiPlugin</name>
    <message>
        <source>&amp;New document…</source>
        <extracomment>新建公文…</extracomment>
        <translation>新建公文(&amp;N)…</translation>
    </message>
    <message>
        <source>A document draft has unsaved changes.</source>
        <extracomment>Why quitting or locking waits: 公文草稿有未保存的修改</extracomment>
        <translation>公文草稿有未保存的修改。</translation>
    </message>
    <message>
        <source>Export as &amp;OFD…</source>
        <extracomment>导出 OFD…: the document on screen as an OFD (版式文档) for archives</extracomment>
        <translation>导出OFD(&amp;O)…</translation>
    </message>
    <message>
        <source>Export as OFD</source>
        <translation>导出为OFD</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>请先打开一份公文。</translation>
    </message>
    <message>
        <source>Hand over to &amp;disclosure…</source>
        <extracomment>转信息公开…: hand the document on screen to 信息公开 as a 主动公开 draft</extracomment>
        <translation>转信息公开(&amp;D)…</translation>
    </message>
    <message>
        <source>A disclosure draft was made; edit and submit it under Disclosure.</source>
        <translation>已转信息公开：草稿已建立，请在「信息公开」中编辑并送审。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::DraftForm</name>
    <message>
        <source>Not set</source>
        <extracomment>An empty date field: 未填写</extracomment>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Save draft</source>
        <extracomment>保存草稿</extracomment>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <extracomment>送核稿</extracomment>
        <translation>送核稿</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>关闭</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>e.g. 1年, 6个月, 长期</source>
        <extracomment>Placeholder of 保密期限</extracomment>
        <translation>如：1年、6个月、长期</translation>
    </message>
    <message>
        <source>6 digits, e.g. 000001</source>
        <extracomment>Placeholder of 份号</extracomment>
        <translation>6位数字，如000001</translation>
    </message>
    <message>
        <source>Numbered at registration</source>
        <extracomment>Placeholder of 发文字号: 登记时编号</extracomment>
        <translation>登记时编号</translation>
    </message>
    <message>
        <source>Names, separated by commas (required for reports and requests)</source>
        <extracomment>Placeholder of 签发人</extracomment>
        <translation>姓名，以逗号分隔（报告、请示必填）</translation>
    </message>
    <message>
        <source>Issuing authority + subject + type, e.g. …关于…的通知</source>
        <extracomment>Placeholder of 标题</extracomment>
        <translation>发文机关＋事由＋文种，如：…关于…的通知</translation>
    </message>
    <message>
        <source>Organisations, separated by commas</source>
        <extracomment>Placeholder of 主送机关 and 抄送机关</extracomment>
        <translation>单位名称，以逗号分隔</translation>
    </message>
    <message>
        <source>One attachment name per line, without 「附件：」 and numbers</source>
        <extracomment>Placeholder of 附件说明</extracomment>
        <translation>每行一个附件名称，不写「附件：」和序号</translation>
    </message>
    <message>
        <source>Header</source>
        <extracomment>GB/T 9704 part of the page: 版头</extracomment>
        <translation>版头</translation>
    </message>
    <message>
        <source>Body of the document</source>
        <extracomment>GB/T 9704 part of the page: 主体</extracomment>
        <translation>主体</translation>
    </message>
    <message>
        <source>Footer</source>
        <extracomment>GB/T 9704 part of the page: 版记</extracomment>
        <translation>版记</translation>
    </message>
    <message>
        <source>Draft a document</source>
        <extracomment>Title of the draft form: 拟稿</extracomment>
        <translation>拟稿</translation>
    </message>
    <message>
        <source>Write the secrecy period like 「1年」, 「6个月」 or 「长期」.</source>
        <translation>保密期限请写作「1年」「6个月」或「长期」。</translation>
    </message>
    <message>
        <source>Attachment files</source>
        <extracomment>附件: the files themselves, kept encrypted in the profile and sent with the document</extracomment>
        <translation>附件文件</translation>
    </message>
    <message>
        <source>Organisations and names, e.g. 市林业和园林局陈静，市水利局刘洋</source>
        <extracomment>Placeholder of 出席 in a 纪要: units and names as printed after 「出席：」</extracomment>
        <translation>单位和姓名，如：市林业和园林局陈静，市水利局刘洋</translation>
    </message>
    <message>
        <source>Red-header template: %1</source>
        <extracomment>The 发文机关标志 field when the organisation's 套红 template gives it: 套红模板：柳州市人民政府办公室文件</extracomment>
        <translation>套红模板：%1</translation>
    </message>
    <message>
        <source>The organisation's red-header template (%1) prints the mark; this field is used only where there is no template.</source>
        <extracomment>Tooltip of the 发文机关标志 field when a 套红 template exists</extracomment>
        <translation>发文机关标志由本单位的套红模板（%1）印出；只有没有模板时才使用本栏。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::OfdExporter</name>
    <message>
        <source>The seal of this document has no electronic signature, so the OFD shows the seal's picture without a signature.</source>
        <translation>该公文的印章没有电子签名，因此OFD只显示印章图像，不含电子签章。</translation>
    </message>
    <message>
        <source>This computer does not hold the seal that sealed this document (a document from another organisation, or you are not its signatory): the OFD shows the seal's picture without a signature.</source>
        <translation>本机没有为该公文用印的印章（公文来自其他单位，或您不是其签章人），因此OFD只显示印章图像，不含电子签章。</translation>
    </message>
    <message>
        <source>This document was sealed with another seal than %1's: the OFD shows the seal's picture without a signature.</source>
        <translation>该公文所用印章不是%1的印章，因此OFD只显示印章图像，不含电子签章。</translation>
    </message>
    <message>
        <source>The seal of this document does not verify (%1), so the OFD is not signed.</source>
        <translation>该公文的印章未通过验证（%1），因此OFD未加电子签章。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n character(s) embedded, %3 KB</source>
        <translation>
            <numerusform>%1 %2：嵌入 %n 个字符，%3 KB</numerusform>
        </translation>
    </message>
    <message>
        <source>The document has no signature block to press the seal on, so the OFD is not signed.</source>
        <translation>该公文没有可加盖印章的署名和成文日期，因此OFD未加电子签章。</translation>
    </message>
    <message>
        <source>The OFD could not be written: %1</source>
        <translation>无法写入OFD：%1</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::OfdFonts</name>
    <message>
        <source>The font %1 could not be embedded.</source>
        <translation>无法嵌入字体 %1。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::OfdPackage</name>
    <message>
        <source>The OFD package could not be started.</source>
        <translation>无法创建OFD文件包。</translation>
    </message>
    <message>
        <source>%1 could not be added to the OFD package.</source>
        <translation>无法将 %1 加入OFD文件包。</translation>
    </message>
    <message>
        <source>The OFD package could not be finished.</source>
        <translation>无法完成OFD文件包。</translation>
    </message>
    <message>
        <source>The file is not an OFD package.</source>
        <translation>该文件不是OFD文件包。</translation>
    </message>
    <message>
        <source>The file is not an OFD package (not a ZIP archive).</source>
        <translation>该文件不是OFD文件包（不是ZIP压缩包）。</translation>
    </message>
    <message>
        <source>The OFD package has too many files.</source>
        <translation>OFD文件包中的文件过多。</translation>
    </message>
    <message>
        <source>The OFD package is damaged.</source>
        <translation>OFD文件包已损坏。</translation>
    </message>
    <message>
        <source>The OFD package names a file outside itself: %1</source>
        <translation>OFD文件包引用了包外的文件：%1</translation>
    </message>
    <message>
        <source>The OFD package is too large to open.</source>
        <translation>OFD文件包过大，无法打开。</translation>
    </message>
    <message>
        <source>%1 in the OFD package cannot be read.</source>
        <translation>无法读取OFD文件包中的 %1。</translation>
    </message>
    <message>
        <source>The OFD package holds %1 twice.</source>
        <translation>OFD文件包中 %1 出现了两次。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::OfdSignature</name>
    <message>
        <source>The seal key of %1 does not match its certificate; fetch the seal again.</source>
        <translation>%1的印章密钥与证书不匹配，请重新获取印章。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::OfdSignatureVerifier</name>
    <message>
        <source>%1 is not readable XML.</source>
        <translation>%1 不是可读的XML。</translation>
    </message>
    <message>
        <source>The OFD package lacks %1, which %2 names.</source>
        <translation>OFD文件包中缺少 %2 所引用的 %1。</translation>
    </message>
    <message>
        <source>The file is not an OFD package (it has no OFD.xml).</source>
        <translation>该文件不是OFD文件包（缺少 OFD.xml）。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::OfdTextRuns</name>
    <message>
        <source>No installed font has these characters, so the OFD cannot show them: %1. Install a font that has them (for rare characters: fonts-noto-cjk-extra) and export again.</source>
        <translation>本机已安装的字体中没有以下字符，OFD无法显示：%1。请安装含有这些字符的字体（生僻字可安装 fonts-noto-cjk-extra）后重新导出。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::OfficialFonts</name>
    <message>
        <source>Issuing authority mark (xiaobiaosong)</source>
        <translation>发文机关标志（小标宋）</translation>
    </message>
    <message>
        <source>Title (xiaobiaosong)</source>
        <translation>标题（小标宋）</translation>
    </message>
    <message>
        <source>Body text (fangsong)</source>
        <translation>正文（仿宋）</translation>
    </message>
    <message>
        <source>First-level headings (heiti)</source>
        <translation>一级标题（黑体）</translation>
    </message>
    <message>
        <source>Second-level headings (kaiti)</source>
        <translation>二级标题（楷体）</translation>
    </message>
    <message>
        <source>Page numbers (songti)</source>
        <translation>页码（宋体）</translation>
    </message>
    <message>
        <source>Distribution record (fangsong)</source>
        <translation>版记（仿宋）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (substitute: the standard font is not installed)</source>
        <translation>%1：%2（替代字体：未安装标准字体）</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::PdfExporter</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法开始生成PDF。</translation>
    </message>
    <message>
        <source>The PDF could not take page %1.</source>
        <translation>PDF无法添加第%1页。</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>无法完成PDF。</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入PDF：%1</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::ReceiptWorkflow</name>
    <message>
        <source>This document has already been signed for or sent back.</source>
        <translation>该公文已签收或已退回。</translation>
    </message>
    <message>
        <source>Only a document not yet signed for can be sent back to its sender.</source>
        <translation>只有尚未签收的公文才能退回发文机关。</translation>
    </message>
    <message>
        <source>Give the reason for sending the document back, e.g. misaddressed.</source>
        <translation>请填写退回理由，如误投。</translation>
    </message>
    <message>
        <source>Sign for the document before handling it.</source>
        <translation>请先签收公文再办理。</translation>
    </message>
    <message>
        <source>The handling of this document is finished (%1).</source>
        <translation>该公文已办理完毕（%1）。</translation>
    </message>
    <message>
        <source>Only a leader may give the instruction (%1) on a received document.</source>
        <translation>只有领导才能对收文进行%1。</translation>
    </message>
    <message>
        <source>Write the opinion of the step %1.</source>
        <translation>请填写%1意见。</translation>
    </message>
    <message>
        <source>A received document at %1 cannot be returned to %2.</source>
        <translation>处于%1环节的收文不能退回至%2。</translation>
    </message>
    <message>
        <source>Give the reason for returning the document to %1.</source>
        <translation>请填写退回至%1的理由。</translation>
    </message>
    <message>
        <source>Only a document signed for and not yet archived can be circulated.</source>
        <translation>只有已签收且尚未归档的公文才能传阅。</translation>
    </message>
    <message>
        <source>Name who is to read the document.</source>
        <translation>请指定传阅人。</translation>
    </message>
    <message>
        <source>Only a document signed for and not yet archived can be urged.</source>
        <translation>只有已签收且尚未归档的公文才能催办。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::RecipientsField</name>
    <message>
        <source>Directory…</source>
        <extracomment>Button beside 主送机关/抄送机关: pick organisations from the server's directory</extracomment>
        <translation>从机关目录选择…</translation>
    </message>
    <message>
        <source>Pick organisations that receive the document through the electronic exchange</source>
        <translation>选择通过电子公文交换接收本文的机关</translation>
    </message>
    <message>
        <source>No directory yet: it is fetched at the next sync</source>
        <extracomment>The directory of organisations is fetched from the sync server</extracomment>
        <translation>尚无机关目录：下次同步时获取</translation>
    </message>
    <message>
        <source>Sent electronically to: %1</source>
        <extracomment>Under 主送/抄送: who gets the document through the exchange</extracomment>
        <translation>电子发送至：%1</translation>
    </message>
    <message>
        <source>Not in the directory, so not sent electronically (send a paper copy): %1</source>
        <extracomment>Under 主送/抄送: names typed in that are not in the directory of organisations</extracomment>
        <translation>不在机关目录中，不会电子发送（请另送纸质件）：%1</translation>
    </message>
    <message>
        <source>Pick organisations from the directory to send them the document electronically; names typed in are printed but not sent.</source>
        <translation>从机关目录选择的机关将收到电子公文；手工填写的机关名称只印在公文上，不会电子发送。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::RevisionsPanel</name>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Change the body</source>
        <translation>修改正文</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Change the body…</source>
        <translation>修改正文…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <extracomment>The first revision: the draft as it left 拟稿</extracomment>
        <translation>%1（原稿）</translation>
    </message>
    <message>
        <source>Tracked changes</source>
        <translation>留痕</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::SealRecord</name>
    <message>
        <source>The seal data of this document is damaged.</source>
        <translation>该公文的签章数据已损坏。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::SealStatusLabel</name>
    <message>
        <source>Electronic seal: cannot be checked yet — the seal authority's certificate reaches this computer with the next synchronisation.</source>
        <extracomment>The seal CA certificate is not in the profile yet</extracomment>
        <translation>电子印章：暂无法验证——印章CA证书将在下次同步时取得。</translation>
    </message>
    <message>
        <source>Electronic seal: cannot be checked — %1</source>
        <translation>电子印章：无法验证——%1</translation>
    </message>
    <message>
        <source>Electronic seal valid: %1, sealed on %2.</source>
        <extracomment>电子印章有效：柳州市人民政府办公室，于2026-02-27 09:30用印。</extracomment>
        <translation>电子印章有效：%1，于%2用印。</translation>
    </message>
    <message>
        <source>Electronic seal valid: %1, sealed by %2 on %3.</source>
        <extracomment>电子印章有效：柳州市人民政府办公室，刘洋于2026-02-27 09:30用印。</extracomment>
        <translation>电子印章有效：%1，%2于%3用印。</translation>
    </message>
    <message>
        <source>This is a demo seal made on this computer for training; it is not a real seal.</source>
        <extracomment>Appended for a seal of the demo profile</extracomment>
        <translation>此为本机生成的演示印章，仅供培训，不是真实印章。</translation>
    </message>
    <message>
        <source>Electronic seal: %1. %2</source>
        <extracomment>电子印章：已被篡改。用印后已改动：正文。</extracomment>
        <translation>电子印章：%1。%2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Documents::SealVerification</name>
    <message>
        <source>Not sealed</source>
        <translation>未用印</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Tampered with</source>
        <translation>已被篡改</translation>
    </message>
    <message>
        <source>Certificate invalid</source>
        <translation>证书无效</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <extracomment>附件2（附件2.pdf）: an attachment by its number and file name</extracomment>
        <translation>附件%1</translation>
    </message>
    <message>
        <source>Attachment %1 (%2)</source>
        <translation>附件%1（%2）</translation>
    </message>
    <message>
        <source>The seal's own data was altered: its signature does not match.</source>
        <translation>签章数据已被改动，签名验证不通过。</translation>
    </message>
    <message>
        <source>Changed after sealing: %1.</source>
        <extracomment>%1 lists elements: 标题、正文、附件2（附件2.pdf）</extracomment>
        <translation>用印后已被改动：%1。</translation>
    </message>
    <message>
        <source>The seal certificate was not issued by the seal authority of the sync server.</source>
        <translation>印章证书不是由同步服务器的印章CA签发的。</translation>
    </message>
    <message>
        <source>The seal certificate was not valid when the document was sealed (valid %1 to %2).</source>
        <translation>用印时印章证书不在有效期内（有效期%1至%2）。</translation>
    </message>
    <message>
        <source>The seal belongs to another organisation than the one that issued the document.</source>
        <translation>印章不属于发文机关。</translation>
    </message>
    <message>
        <source>The seal certificate cannot be used.</source>
        <translation>印章证书无法使用。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::AfforestationTypes</name>
    <message>
        <source>Planting</source>
        <extracomment>人工造林</extracomment>
        <translation>人工造林</translation>
    </message>
    <message>
        <source>Aerial seeding</source>
        <extracomment>飞播造林</extracomment>
        <translation>飞播造林</translation>
    </message>
    <message>
        <source>Hill closure</source>
        <extracomment>封山育林</extracomment>
        <translation>封山育林</translation>
    </message>
    <message>
        <source>Degraded forest repair</source>
        <extracomment>退化林修复</extracomment>
        <translation>退化林修复</translation>
    </message>
    <message>
        <source>Regeneration</source>
        <extracomment>人工更新</extracomment>
        <translation>人工更新</translation>
    </message>
    <message>
        <source>Grain for Green</source>
        <extracomment>退耕还林</extracomment>
        <translation>退耕还林</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::AreaUnits</name>
    <message>
        <source>mu</source>
        <extracomment>亩</extracomment>
        <translation>亩</translation>
    </message>
    <message>
        <source>ha</source>
        <extracomment>公顷</extracomment>
        <translation>公顷</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::DatasetKinds</name>
    <message>
        <source>County</source>
        <extracomment>县（市、区）</extracomment>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>1 to 40 characters</source>
        <extracomment>1 到 40 个字符</extracomment>
        <translation>1 到 40 个字符</translation>
    </message>
    <message>
        <source>Year</source>
        <extracomment>年度</extracomment>
        <translation>年度</translation>
    </message>
    <message>
        <source>Area unit</source>
        <extracomment>面积单位</extracomment>
        <translation>面积单位</translation>
    </message>
    <message>
        <source>公顷 or 亩</source>
        <extracomment>公顷或亩</extracomment>
        <translation>公顷或亩</translation>
    </message>
    <message>
        <source>Forest resource indicators</source>
        <extracomment>森林资源主要指标</extracomment>
        <translation>森林资源主要指标</translation>
    </message>
    <message>
        <source>Afforestation plan and progress</source>
        <extracomment>营造林计划与完成</extracomment>
        <translation>营造林计划与完成</translation>
    </message>
    <message>
        <source>Forest fire danger</source>
        <extracomment>森林火险等级</extracomment>
        <translation>森林火险等级</translation>
    </message>
    <message>
        <source>Forest fires</source>
        <extracomment>森林火灾</extracomment>
        <translation>森林火灾</translation>
    </message>
    <message>
        <source>Forest pests</source>
        <extracomment>林业有害生物</extracomment>
        <translation>林业有害生物</translation>
    </message>
    <message>
        <source>Land area</source>
        <extracomment>国土面积</extracomment>
        <translation>国土面积</translation>
    </message>
    <message>
        <source>Forest land area</source>
        <extracomment>林地面积</extracomment>
        <translation>林地面积</translation>
    </message>
    <message>
        <source>Forest area</source>
        <extracomment>森林面积</extracomment>
        <translation>森林面积</translation>
    </message>
    <message>
        <source>Growing stock (m³)</source>
        <extracomment>森林蓄积量（立方米）</extracomment>
        <translation>森林蓄积量（立方米）</translation>
    </message>
    <message>
        <source>Afforestation type</source>
        <extracomment>造林类型</extracomment>
        <translation>造林类型</translation>
    </message>
    <message>
        <source>人工造林, 飞播造林, 封山（沙）育林, 退化林修复, 人工更新 or 退耕还林</source>
        <extracomment>人工造林、飞播造林、封山（沙）育林、退化林修复、人工更新或退耕还林</extracomment>
        <translation>人工造林、飞播造林、封山（沙）育林、退化林修复、人工更新或退耕还林</translation>
    </message>
    <message>
        <source>Planned area</source>
        <extracomment>计划任务</extracomment>
        <translation>计划任务</translation>
    </message>
    <message>
        <source>Completed area</source>
        <extracomment>完成面积</extracomment>
        <translation>完成面积</translation>
    </message>
    <message>
        <source>Season start</source>
        <extracomment>作业开始</extracomment>
        <translation>作业开始</translation>
    </message>
    <message>
        <source>Season end</source>
        <extracomment>作业结束</extracomment>
        <translation>作业结束</translation>
    </message>
    <message>
        <source>Reported on</source>
        <extracomment>统计截至</extracomment>
        <translation>统计截至</translation>
    </message>
    <message>
        <source>Survival rate (%)</source>
        <extracomment>成活率（%）</extracomment>
        <translation>成活率（%）</translation>
    </message>
    <message>
        <source>Area</source>
        <extracomment>区域（林区、乡镇）</extracomment>
        <translation>区域（林区、乡镇）</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>日期</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Fire danger level</source>
        <extracomment>火险等级</extracomment>
        <translation>火险等级</translation>
    </message>
    <message>
        <source>Fire number</source>
        <extracomment>火灾编号</extracomment>
        <translation>火灾编号</translation>
    </message>
    <message>
        <source>1 to 32 letters, digits or hyphens</source>
        <extracomment>1 到 32 位字母、数字或连字符</extracomment>
        <translation>1 到 32 位字母、数字或连字符</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>起火地点</extracomment>
        <translation>起火地点</translation>
    </message>
    <message>
        <source>Started at</source>
        <extracomment>起火时间</extracomment>
        <translation>起火时间</translation>
    </message>
    <message>
        <source>Cause</source>
        <extracomment>起火原因</extracomment>
        <translation>起火原因</translation>
    </message>
    <message>
        <source>Burned area</source>
        <extracomment>过火面积</extracomment>
        <translation>过火面积</translation>
    </message>
    <message>
        <source>Damaged forest area</source>
        <extracomment>受害森林面积</extracomment>
        <translation>受害森林面积</translation>
    </message>
    <message>
        <source>Deaths</source>
        <extracomment>死亡人数</extracomment>
        <translation>死亡人数</translation>
    </message>
    <message>
        <source>Serious injuries</source>
        <extracomment>重伤人数</extracomment>
        <translation>重伤人数</translation>
    </message>
    <message>
        <source>Pest species</source>
        <extracomment>有害生物种类</extracomment>
        <translation>有害生物种类</translation>
    </message>
    <message>
        <source>Report date</source>
        <extracomment>统计日期</extracomment>
        <translation>统计日期</translation>
    </message>
    <message>
        <source>Affected area</source>
        <extracomment>发生面积</extracomment>
        <translation>发生面积</translation>
    </message>
    <message>
        <source>Damaged area</source>
        <extracomment>成灾面积</extracomment>
        <translation>成灾面积</translation>
    </message>
    <message>
        <source>Treated area</source>
        <extracomment>防治面积</extracomment>
        <translation>防治面积</translation>
    </message>
    <message>
        <source>Pollution-free treated area</source>
        <extracomment>无公害防治面积</extracomment>
        <translation>无公害防治面积</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::FireClasses</name>
    <message>
        <source>Ordinary forest fire</source>
        <extracomment>一般森林火灾</extracomment>
        <translation>一般森林火灾</translation>
    </message>
    <message>
        <source>Larger forest fire</source>
        <extracomment>较大森林火灾</extracomment>
        <translation>较大森林火灾</translation>
    </message>
    <message>
        <source>Major forest fire</source>
        <extracomment>重大森林火灾</extracomment>
        <translation>重大森林火灾</translation>
    </message>
    <message>
        <source>Extraordinary forest fire</source>
        <extracomment>特别重大森林火灾</extracomment>
        <translation>特别重大森林火灾</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::FireDanger</name>
    <message>
        <source>Level 1 (low)</source>
        <extracomment>一级（低）</extracomment>
        <translation>一级（低）</translation>
    </message>
    <message>
        <source>Level 2 (fairly low)</source>
        <extracomment>二级（较低）</extracomment>
        <translation>二级（较低）</translation>
    </message>
    <message>
        <source>Level 3 (fairly high)</source>
        <extracomment>三级（较高）</extracomment>
        <translation>三级（较高）</translation>
    </message>
    <message>
        <source>Level 4 (high)</source>
        <extracomment>四级（高）</extracomment>
        <translation>四级（高）</translation>
    </message>
    <message>
        <source>Level 5 (extreme)</source>
        <extracomment>五级（极高）</extracomment>
        <translation>五级（极高）</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::ForestryChartOptions</name>
    <message>
        <source>Afforestation against plan (%1)</source>
        <extracomment>营造林进度（%1）</extracomment>
        <translation>营造林进度（%1）</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>计划任务</extracomment>
        <translation>计划任务</translation>
    </message>
    <message>
        <source>Due by now</source>
        <extracomment>按期应完成</extracomment>
        <translation>按期应完成</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>已完成</extracomment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Daily highest fire danger and areas at level 4–5</source>
        <extracomment>森林火险等级（每日最高）与高火险区域数</extracomment>
        <translation>森林火险等级（每日最高）与高火险区域数</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>火险等级</extracomment>
        <translation>火险等级</translation>
    </message>
    <message>
        <source>Areas</source>
        <extracomment>区域数</extracomment>
        <translation>区域数</translation>
    </message>
    <message>
        <source>Areas at level 4–5</source>
        <extracomment>高火险区域数</extracomment>
        <translation>高火险区域数</translation>
    </message>
    <message>
        <source>Highest level</source>
        <extracomment>最高火险等级</extracomment>
        <translation>最高火险等级</translation>
    </message>
    <message>
        <source>High danger</source>
        <extracomment>高火险</extracomment>
        <translation>高火险</translation>
    </message>
    <message>
        <source>Forest pests: affected area (%1)</source>
        <extracomment>林业有害生物发生面积（%1）</extracomment>
        <translation>林业有害生物发生面积（%1）</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::ForestryModule</name>
    <message>
        <source>Forestry warning</source>
        <extracomment>Search filter: 林业预警</extracomment>
        <translation>林业预警</translation>
    </message>
    <message>
        <source>Forestry dataset</source>
        <extracomment>Search filter: 林业数据集</extracomment>
        <translation>林业数据集</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>数据类型</extracomment>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>标题</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>文件名</extracomment>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Loaded at</source>
        <extracomment>加载时间</extracomment>
        <translation>加载时间</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::ForestryPage</name>
    <message>
        <source>Area unit</source>
        <extracomment>面积单位</extracomment>
        <translation>面积单位</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>导入…</extracomment>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <extracomment>导出…</extracomment>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>总览</extracomment>
        <translation>总览</translation>
    </message>
    <message>
        <source>Fire danger</source>
        <extracomment>森林火险</extracomment>
        <translation>森林火险</translation>
    </message>
    <message>
        <source>Pests</source>
        <extracomment>有害生物</extracomment>
        <translation>有害生物</translation>
    </message>
    <message>
        <source>Counties compared</source>
        <extracomment>县区对比</extracomment>
        <translation>县区对比</translation>
    </message>
    <message>
        <source>Datasets</source>
        <extracomment>数据集</extracomment>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Forest land</source>
        <extracomment>林地面积 / 森林面积 / 森林覆盖率 / 森林蓄积量</extracomment>
        <translation>林地面积</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>森林面积</translation>
    </message>
    <message>
        <source>Forest coverage</source>
        <translation>森林覆盖率</translation>
    </message>
    <message>
        <source>Growing stock</source>
        <translation>森林蓄积量</translation>
    </message>
    <message>
        <source>Warnings</source>
        <extracomment>预警</extracomment>
        <translation>预警</translation>
    </message>
    <message>
        <source>Forest fires</source>
        <extracomment>森林火灾</extracomment>
        <translation>森林火灾</translation>
    </message>
    <message>
        <source>Latest reports</source>
        <extracomment>最新一期监测</extracomment>
        <translation>最新一期监测</translation>
    </message>
    <message>
        <source>The forestry data cannot be read.</source>
        <extracomment>林业数据无法读取</extracomment>
        <translation>无法读取林业数据。</translation>
    </message>
    <message>
        <source>Fire danger, last %1 days to %2 (levels 4 and 5 are high danger)</source>
        <extracomment>近 %1 天森林火险等级（截至 %2，四级、五级为高火险）</extracomment>
        <translation>近%1天森林火险等级（截至%2，四级、五级为高火险）</translation>
    </message>
    <message>
        <source>No fire danger data yet</source>
        <extracomment>尚无森林火险数据</extracomment>
        <translation>尚无森林火险数据</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <extracomment>%n 个数据集</extracomment>
        <translation>
            <numerusform>%n 个数据集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n county(ies) in all</source>
        <extracomment>%1年 %2 个县（区）合计</extracomment>
        <translation>
            <numerusform>%1年 %n 个县（区）合计</numerusform>
        </translation>
    </message>
    <message>
        <source>No indicators yet</source>
        <translation>尚无森林资源指标数据</translation>
    </message>
    <message>
        <source>%1 10k m³</source>
        <extracomment>万立方米</extracomment>
        <translation>%1 万立方米</translation>
    </message>
    <message>
        <source>%1 pt on %2</source>
        <extracomment>同比 %1 个百分点</extracomment>
        <translation>%1 个百分点（较%2年）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>同比 %1</extracomment>
        <translation>%1（较%2年）</translation>
    </message>
    <message>
        <source>Import forestry data</source>
        <extracomment>导入林业数据 / 数据类型：
----------
CSV 或 JSON 文件</extracomment>
        <translation>导入林业数据</translation>
    </message>
    <message>
        <source>Kind of data:</source>
        <translation>数据类型：</translation>
    </message>
    <message>
        <source>CSV or JSON files (*.csv *.json);;All files (*)</source>
        <translation>CSV 或 JSON 文件 (*.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <extracomment>导入：%1</extracomment>
        <translation>导入：%1</translation>
    </message>
    <message>
        <source>The imported data could not be kept as a dataset.</source>
        <extracomment>导入的数据未能保存为数据集</extracomment>
        <translation>导入的数据未能保存为数据集。</translation>
    </message>
    <message>
        <source>Table (CSV)</source>
        <extracomment>表格（CSV） / 图表（PNG） / 页面（PDF）</extracomment>
        <translation>表格（CSV）</translation>
    </message>
    <message>
        <source>Chart (PNG)</source>
        <translation>图表（PNG）</translation>
    </message>
    <message>
        <source>Page (PDF)</source>
        <translation>页面（PDF）</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>导出 / 导出为：</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>导出为：</translation>
    </message>
    <message>
        <source>This page has no chart to export.</source>
        <extracomment>这一页没有可导出的图表</extracomment>
        <translation>这一页没有可导出的图表。</translation>
    </message>
    <message>
        <source>Exported %1, areas in %2</source>
        <extracomment>导出时间 %1，面积单位 %2</extracomment>
        <translation>导出时间：%1，面积单位：%2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::ForestryTableViews</name>
    <message>
        <source>Danger</source>
        <extracomment>危险</extracomment>
        <translation>危险</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>警示</extracomment>
        <translation>警戒</translation>
    </message>
    <message>
        <source>Attention</source>
        <extracomment>关注</extracomment>
        <translation>关注</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>级别 / 事项 / 情况</extracomment>
        <translation>级别</translation>
    </message>
    <message>
        <source>County</source>
        <extracomment>县 / 区域
----------
县 / 种类 / 统计日期 / 发生面积 / 成灾面积 / 防治面积 / 防治率 / 无公害防治率 / 成灾率（‰）
----------
县 / 林地面积 / 森林面积 / 森林覆盖率 / 覆盖率同比 / 森林蓄积量 / 每公顷蓄积 / 营造林完成率 / 有害生物发生面积 / 高火险区域</extracomment>
        <translation>县</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>火灾编号 / 县 / 起火地点 / 起火时间 / 起火原因 / 过火面积 / 受害森林面积 / 伤亡 / 等级</extracomment>
        <translation>火灾编号</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>起火地点</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>起火时间</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>起火原因</translation>
    </message>
    <message>
        <source>Burned (%1)</source>
        <translation>过火面积（%1）</translation>
    </message>
    <message>
        <source>Forest damaged (%1)</source>
        <translation>受害森林面积（%1）</translation>
    </message>
    <message>
        <source>Deaths / injuries</source>
        <translation>死亡/重伤（人）</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>统计日期</translation>
    </message>
    <message>
        <source>Affected (%1)</source>
        <translation>发生面积（%1）</translation>
    </message>
    <message>
        <source>Damaged (%1)</source>
        <translation>成灾面积（%1）</translation>
    </message>
    <message>
        <source>Treated (%1)</source>
        <translation>防治面积（%1）</translation>
    </message>
    <message>
        <source>Treatment rate</source>
        <translation>防治率</translation>
    </message>
    <message>
        <source>Pollution-free rate</source>
        <translation>无公害防治率</translation>
    </message>
    <message>
        <source>Damage rate (‰ of forest)</source>
        <translation>成灾率（‰）</translation>
    </message>
    <message>
        <source>Forest land (%1)</source>
        <translation>林地面积（%1）</translation>
    </message>
    <message>
        <source>Forest (%1)</source>
        <translation>森林面积（%1）</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>森林覆盖率</translation>
    </message>
    <message>
        <source>Coverage, year on year</source>
        <translation>覆盖率同比</translation>
    </message>
    <message>
        <source>Growing stock (m³)</source>
        <translation>森林蓄积量（m³）</translation>
    </message>
    <message>
        <source>Stock per ha (m³)</source>
        <translation>每公顷蓄积（m³）</translation>
    </message>
    <message>
        <source>Afforestation done</source>
        <translation>营造林完成率</translation>
    </message>
    <message>
        <source>Pests affected (%1)</source>
        <translation>有害生物发生面积（%1）</translation>
    </message>
    <message>
        <source>Areas at level 4–5</source>
        <translation>高火险区域数</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <extracomment>个百分点</extracomment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Matter</source>
        <comment>warnings table column</comment>
        <translation>事项</translation>
    </message>
    <message>
        <source>Situation</source>
        <comment>warnings table column</comment>
        <translation>情况</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::ForestryUiPlugin</name>
    <message>
        <source>&amp;Import forestry data…</source>
        <extracomment>导入林业数据…</extracomment>
        <translation>导入林业数据(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Forestry::ForestryWarnings</name>
    <message>
        <source>High fire danger: %1 %2</source>
        <extracomment>高火险：%1 %2（森林火险等级）</extracomment>
        <translation>高火险：%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: forest fire danger %4 on %3 — ban open fires and step up patrols.</source>
        <extracomment>%1 %2 在 %3 的森林火险等级为%4，应发布禁火令并加强巡护。</extracomment>
        <translation>%1 %2：%3森林火险等级为%4，应发布禁火令并加强巡护。</translation>
    </message>
    <message>
        <source>Pest spreading: %1 %2</source>
        <extracomment>有害生物扩散：%1 %2</extracomment>
        <translation>有害生物扩散：%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 ha affected (%5 ha on %4, %6), %7 ha damaged.</source>
        <extracomment>%1 %2 发生面积 %3 公顷（%4 为 %5 公顷，%6），成灾面积 %7 公顷。</extracomment>
        <translation>%1 %2：发生面积%3公顷（%4为%5公顷，%6），成灾面积%7公顷。</translation>
    </message>
    <message>
        <source>Afforestation behind plan: %1 %2</source>
        <extracomment>营造林滞后：%1 %2</extracomment>
        <translation>营造林滞后：%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: %4 ha done by %3 (%6% of the %5 ha planned); %7% was due by then, %8 ha short.</source>
        <extracomment>%1 %2 截至 %3 完成 %4 公顷（计划 %5 公顷的 %6%），按作业期应完成 %7%，差 %8 公顷。</extracomment>
        <translation>%1 %2：截至%3完成%4公顷（为计划%5公顷的%6%），按作业期应完成%7%，尚差%8公顷。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Print::HtmlPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>无法写入 %1：%2</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Print::PdfTextMap</name>
    <message>
        <source>The PDF's text map could not be corrected.</source>
        <translation>无法校正 PDF 的文字映射。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::ConflictDialog</name>
    <message>
        <source>Keep my version</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Use the server's version</source>
        <translation>采用服务器版本</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>My version (on this computer)</source>
        <translation>我的版本（本机）</translation>
    </message>
    <message>
        <source>Server's version</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>%1 — %2 (found %3)</source>
        <translation>%1 — %2（发现于 %3）</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>无法读取冲突列表：%1</translation>
    </message>
    <message>
        <source>No conflicts. Every local change has reached the server or is waiting to be sent.</source>
        <translation>没有冲突。本机的每项修改都已送达服务器或正在等待发送。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>These records were changed here and on the server. Nothing has been lost: choose which version to keep for each one. Fields marked • differ.</source>
        <translation>以下记录在本机和服务器上都被修改过。数据没有丢失：请逐条选择要保留的版本。标有 • 的字段两边不同。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::DamageDialog</name>
    <message>
        <source>Restore backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>GovDesk backups (*.gdbackup);;All files (*)</source>
        <translation>政务桌面备份 (*.gdbackup);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>备份的口令：</translation>
    </message>
    <message>
        <source>Profile file damaged</source>
        <translation>档案文件已损坏</translation>
    </message>
    <message>
        <source>The file of the profile "%1" is damaged.</source>
        <translation>档案“%1”的文件已损坏。</translation>
    </message>
    <message>
        <source>Part of the file failed its integrity check: a disk error or another program changed it. GovDesk will not write anything more to this file, so that the damage does not spread.

Restore your last backup (a .gdbackup file) to go on working. The damaged file is kept unchanged until the restored copy has been checked.</source>
        <translation>文件的部分内容未通过完整性校验：可能是磁盘故障，或其他程序改动了它。政务桌面不会再向该文件写入任何内容，以免损坏扩大。

请恢复最近的备份（.gdbackup 文件）后继续工作。恢复的副本通过校验之前，损坏的文件保持原样。</translation>
    </message>
    <message>
        <source>Technical detail for support staff: %1</source>
        <translation>供技术支持人员参考的详细信息：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Restoring and checking the backup…</source>
        <translation>正在恢复并校验备份…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::GlobalSearchDialog</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search documents, requests, reports… (Ctrl+K)</source>
        <translation>搜索公文、申请、报表…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>搜索失败</translation>
    </message>
    <message>
        <source>No results for "%1"</source>
        <translation>没有找到与“%1”相关的结果</translation>
    </message>
    <message>
        <source>Check the spelling or use fewer words.</source>
        <translation>请检查输入，或减少关键词。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>module name, number of hits</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::LockOverlay</name>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>%1 is locked. Enter the passphrase to continue; unsaved work is kept.</source>
        <translation>%1 已锁定。输入口令即可继续，未保存的内容不会丢失。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::MainWindow</name>
    <message>
        <source>GovDesk — %1</source>
        <translation>政务桌面 — %1</translation>
    </message>
    <message>
        <source>Demo mode — all data is fictional</source>
        <translation>演示模式 — 数据为虚构</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <source>No modules are installed</source>
        <translation>未安装任何模块</translation>
    </message>
    <message>
        <source>GovDesk found no module plugins. Reinstall GovDesk or ask your administrator.</source>
        <translation>政务桌面没有找到模块插件。请重新安装政务桌面或联系系统管理员。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Search everywhere…</source>
        <translation>全局搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Reset demo data…</source>
        <translation>重置演示数据(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GovDesk</source>
        <translation>关于政务桌面(&amp;A)</translation>
    </message>
    <message>
        <source>About GovDesk</source>
        <translation>关于政务桌面</translation>
    </message>
    <message>
        <source>&lt;b&gt;GovDesk %1&lt;/b&gt;&lt;br&gt;A desktop for government offices: official documents, information disclosure, forestry, water and court management.&lt;br&gt;Data is kept encrypted on this computer.</source>
        <translation>&lt;b&gt;政务桌面 %1&lt;/b&gt;&lt;br&gt;面向党政机关的桌面办公软件：公文办理、政府信息公开、林业、水务与审判管理。&lt;br&gt;数据在本机加密保存。</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock GovDesk (Ctrl+L)</source>
        <translation>锁定政务桌面（Ctrl+L）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Demo: never syncs</source>
        <translation>演示模式：不同步</translation>
    </message>
    <message>
        <source>Offline (no server configured)</source>
        <translation>离线（未配置服务器）</translation>
    </message>
    <message>
        <source>Reset demo data</source>
        <translation>重置演示数据</translation>
    </message>
    <message>
        <source>All changes made in the demo are discarded and the demo data is created again. Continue?</source>
        <translation>演示中所做的全部修改将被丢弃，并重新生成演示数据。是否继续？</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Sync off while locked</source>
        <translation>锁定期间不同步</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>模块(&amp;M)</translation>
    </message>
    <message>
        <source>The module "%1" has no page.</source>
        <translation>模块“%1”没有页面。</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>“%1”有尚未保存的修改。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::NewProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>Optional, e.g. https://sync.example.gov.cn</source>
        <translation>可选，如 https://sync.example.gov.cn</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Sync server:</source>
        <translation>同步服务器：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>服务器地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>请设置口令。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Creating the profile and its encryption key…</source>
        <translation>正在创建档案并生成加密密钥…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::ProfileDialog</name>
    <message>
        <source>Last used %1</source>
        <translation>最近使用：%1</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>新建档案…</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>GovDesk</source>
        <translation>政务桌面</translation>
    </message>
    <message>
        <source>Choose your profile and enter its passphrase.</source>
        <translation>请选择您的档案并输入口令。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Fictional data for training; nothing is sent to a server.</source>
        <translation>用于培训的虚构数据，不会发送到任何服务器。</translation>
    </message>
    <message>
        <source>There is no profile yet. Create one, or try the demo mode.</source>
        <translation>尚无档案。请新建档案，或先试用演示模式。</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation>正在准备演示数据…</translation>
    </message>
    <message>
        <source>Profile created. Enter its passphrase to unlock it.</source>
        <translation>档案已创建。输入口令即可解锁。</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>The backup was restored and checked. Enter the backup's passphrase to unlock the profile.</source>
        <translation>备份已恢复并通过校验。请输入该备份的口令解锁档案。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Optional, e.g. socks5://10.1.1.1:1080</source>
        <translation>可选，如 socks5://10.1.1.1:1080</translation>
    </message>
    <message>
        <source>This profile</source>
        <translation>本档案</translation>
    </message>
    <message>
        <source>Auto-lock:</source>
        <translation>自动锁定：</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <source>Unlock the profile to change its settings.</source>
        <translation>解锁档案后才能修改这些设置。</translation>
    </message>
    <message>
        <source>Demo profiles never sync.</source>
        <translation>演示档案不会同步。</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>下次启动时生效。</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <source>Sync must use https://, not http://.</source>
        <translation>同步必须使用 https://，不能使用 http://。</translation>
    </message>
    <message>
        <source>Enter an address such as https://oa.example.gov.cn</source>
        <translation>请输入完整地址，如 https://oa.example.gov.cn</translation>
    </message>
    <message>
        <source>Enter an http:// or socks5:// address, such as socks5://10.1.1.1:1080</source>
        <translation>请输入 http:// 或 socks5:// 地址，如 socks5://10.1.1.1:1080</translation>
    </message>
    <message>
        <source>Optional: PEM file of your office's CA</source>
        <translation>可选：本单位 CA 证书（PEM 文件）</translation>
    </message>
    <message>
        <source>Only on request</source>
        <translation>仅手动</translation>
    </message>
    <message>
        <source>Server CA:</source>
        <translation>服务器 CA：</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>自动同步间隔：</translation>
    </message>
    <message>
        <source>Enter the full path of the file, e.g. /etc/ssl/certs/office-ca.pem</source>
        <translation>请输入文件的完整路径，例如 /etc/ssl/certs/office-ca.pem</translation>
    </message>
    <message>
        <source>This file does not exist or cannot be read.</source>
        <translation>该文件不存在或无法读取。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::ShellController</name>
    <message>
        <source>GovDesk</source>
        <translation>政务桌面</translation>
    </message>
    <message>
        <source>Reset demo data</source>
        <translation>重置演示数据</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::SignInDialog</name>
    <message>
        <source>Sign in to the sync server</source>
        <translation>登录同步服务器</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign in with your real-name account to send and receive changes.</source>
        <translation>请使用实名账号登录，以便收发数据。</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Shell::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Send local changes and fetch new ones (F5)</source>
        <translation>发送本机修改并接收新数据（F5）</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>sync time today</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>M/d HH:mm</source>
        <comment>sync time this year</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>sync time other years</comment>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 项待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>不同步</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>正在发送 %1/%2…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving… %n record(s)</source>
        <translation>
            <numerusform>正在接收… %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server busy, retrying in %n s…</source>
        <translation>
            <numerusform>服务器忙，%n 秒后重试…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Ready to sync</source>
        <translation>可以同步</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>The server needs your user name and password.</source>
        <translation>服务器需要您的用户名和密码。</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve (Sync → Conflicts)</source>
        <translation>
            <numerusform>%n 项冲突待处理（同步 → 冲突）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <extracomment>the status bar after a sync that left things undone; the tooltip lists them</extracomment>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::AttachmentPanel</name>
    <message>
        <source>Add…</source>
        <extracomment>Button under the attachments: 添加…</extracomment>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button: 打开 (the attachment, in the app)</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <extracomment>Button: 另存为…</extracomment>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button: 删除 (the attachment from the draft)</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <extracomment>File dialog title: 添加附件
----------
Title of the message saying why a file could not be added: 添加附件</extracomment>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An attachment in the list: name, size, and 「尚未下载」 until the sync brings its bytes</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, not downloaded yet)</source>
        <translation>%1（%2，尚未下载）</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <extracomment>File dialog title: 另存为
----------
Title of the message saying why the copy was not saved: 另存为</extracomment>
        <translation>另存副本</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::ChartImage</name>
    <message>
        <source>The chart has not been shown yet, so it cannot be exported.</source>
        <translation>图表尚未显示，无法导出。</translation>
    </message>
    <message>
        <source>The chart did not send its image.</source>
        <translation>图表未返回图像。</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <extracomment>无法保存 %1：%2</extracomment>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::DashboardPdf</name>
    <message>
        <source>%1 cannot be saved: %2</source>
        <extracomment>%1 无法保存：%2 / PDF 无法开始写入
----------
PDF 无法写入</extracomment>
        <translation>%1 无法保存：%2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>PDF 无法开始写入</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>PDF 无法写入</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::DatasetFileImport</name>
    <message>
        <source>The file could not be read.</source>
        <extracomment>文件无法读取。</extracomment>
        <translation>文件无法读取。</translation>
    </message>
    <message>
        <source>The file changed while it was imported.</source>
        <extracomment>文件在导入过程中被修改。</extracomment>
        <translation>文件在导入过程中被修改。</translation>
    </message>
    <message>
        <source>The file has errors; nothing was imported.</source>
        <translation>文件有错误，未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::DatasetProgress</name>
    <message>
        <source>Import again</source>
        <extracomment>Import a dataset again after it was cancelled: 重新导入</extracomment>
        <translation>重新导入</translation>
    </message>
    <message>
        <source>Importing the dataset “%1”…</source>
        <extracomment>正在导入数据集「%1」</extracomment>
        <translation>正在导入数据集「%1」……</translation>
    </message>
    <message>
        <source>Importing the dataset “%1”: %2 %</source>
        <extracomment>正在导入数据集「%1」：%2%</extracomment>
        <translation>正在导入数据集「%1」：%2%</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::DatasetsPanel</name>
    <message>
        <source>Title</source>
        <extracomment>Column headers of the datasets: 标题 数据表 文件 状态 行数 问题 更新时间</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::ErrorBanner</name>
    <message>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::ImportDialog</name>
    <message>
        <source>Check</source>
        <extracomment>检查</extracomment>
        <translation>检查</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>导入</extracomment>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>导入：文件名</extracomment>
        <translation>导入：%1</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>行, 列, 值, 原因</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Which column holds each field:</source>
        <extracomment>对应的列</extracomment>
        <translation>每个字段对应的列：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>文件格式和编码，例如 CSV，GB18030</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>不导入该项</extracomment>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <extracomment>正在检查…</extracomment>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>%1 rows, no problems: ready to import.</source>
        <extracomment>共 N 行，没有问题，可以导入。</extracomment>
        <translation>共 %1 行，没有问题，可以导入。</translation>
    </message>
    <message>
        <source>%1 rows, %2 problems (the first %3 are listed). Nothing is imported until every row is right.</source>
        <translation>共 %1 行，%2 个问题（列出前 %3 个）。所有行都正确后才会导入。</translation>
    </message>
    <message>
        <source>%1 rows, %2 problems. Nothing is imported until every row is right.</source>
        <translation>共 %1 行，%2 个问题。所有行都正确后才会导入。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <extracomment>正在导入…</extracomment>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::LazyChart</name>
    <message>
        <source>Charts are not available on this computer: %1</source>
        <translation>本机无法显示图表：%1</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::LazyHtmlView</name>
    <message>
        <source>Documents cannot be previewed on this computer: %1</source>
        <extracomment>Shown instead of a document preview (e.g. 门户预览) when the web engine cannot be loaded</extracomment>
        <translation>本机无法预览文档：%1</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::LazyOfdView</name>
    <message>
        <source>OFD documents cannot be shown on this computer: %1</source>
        <translation>本机无法显示OFD文档：%1</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::OfdViewer</name>
    <message>
        <source>Opening the OFD document…</source>
        <extracomment>While an OFD attachment is being drawn</extracomment>
        <translation>正在打开OFD文档…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A font embedded in an OFD and the characters it has no glyph for</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <extracomment>Status line of the OFD viewer</extracomment>
        <translation>
            <numerusform>共%n页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every font the document uses is embedded in it.</source>
        <translation>文档所用字体均已嵌入。</translation>
    </message>
    <message>
        <source>Fonts not embedded in the document, shown with a substitute: %1.</source>
        <extracomment>Fonts an OFD names without embedding them: the viewer draws those texts with a system font</extracomment>
        <translation>以下字体未嵌入文档，已用替代字体显示：%1。</translation>
    </message>
    <message>
        <source>Characters missing from the embedded fonts, shown with a substitute: %1.</source>
        <translation>以下字符在嵌入字体中缺失，已用替代字体显示：%1。</translation>
    </message>
    <message>
        <source>This file cannot be shown as an OFD document (%1).</source>
        <extracomment>A received attachment that the OFD viewer cannot show; %1 is the technical reason</extracomment>
        <translation>此文件无法作为OFD文档显示（%1）。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::PdfViewer</name>
    <message>
        <source>This file is not a readable PDF.</source>
        <extracomment>A received attachment that QtPdf cannot read</extracomment>
        <translation>该文件不是可读取的PDF。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::RecordTableView</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%2 条记录中的 %1 条</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>GovDesk::Ui::WebHost</name>
    <message>
        <source>This view could not be displayed. Please restart GovDesk; if the problem persists, contact your IT support.</source>
        <translation>无法显示此视图。请重新启动 GovDesk；如果问题仍然存在，请联系信息技术支持人员。</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::FloodWarnings</name>
    <message>
        <source>%1: reservoir level %2 m has reached the design flood level %3 m.</source>
        <translation>%1：库水位%2米，已达到设计洪水位%3米。</translation>
    </message>
    <message>
        <source>%1: reservoir level %2 m is %3 m above the flood-season limit %4 m.</source>
        <translation>%1：库水位%2米，超汛限水位%3米（汛限水位%4米）。</translation>
    </message>
    <message>
        <source>%1: water level %2 m is %3 m above the guaranteed level %4 m.</source>
        <translation>%1：水位%2米，超保证水位%3米（保证水位%4米）。</translation>
    </message>
    <message>
        <source>%1: water level %2 m is %3 m above the warning level %4 m.</source>
        <translation>%1：水位%2米，超警戒水位%3米（警戒水位%4米）。</translation>
    </message>
    <message>
        <source>%1: %2 mm of rain in %3 h (%4).</source>
        <translation>%1：%3小时降雨%2毫米（%4）。</translation>
    </message>
    <message>
        <source>%1 %2 mm in %3 h (%4)</source>
        <translation>%1%3小时降雨%2毫米（%4）</translation>
    </message>
    <message>
        <source>already %1 m above it</source>
        <translation>已高出%1米</translation>
    </message>
    <message>
        <source>%1 m below it</source>
        <translation>低%1米</translation>
    </message>
    <message>
        <source>flood-season limit</source>
        <translation>汛限水位</translation>
    </message>
    <message>
        <source>warning level</source>
        <translation>警戒水位</translation>
    </message>
    <message>
        <source>Rain upstream on the %1: %2. %3 rose %4 m in %5 h to %6 m, %7 (%8 %9 m).</source>
        <translation>%1上游降雨：%2。%3在%5小时内上涨%4米，达%6米，较%8（%9米）%7。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Rain upstream on the %1: %2. %3 rose %4 m in %5 h to %6 m.</source>
        <translation>%1上游降雨：%2。%3在%5小时内上涨%4米，达%6米。</translation>
    </message>
    <message>
        <source>Rain upstream, level rising</source>
        <translation>上游降雨，水位上涨</translation>
    </message>
    <message>
        <source>Above guaranteed level</source>
        <translation>超保证水位</translation>
    </message>
    <message>
        <source>At design flood level</source>
        <translation>达设计洪水位</translation>
    </message>
    <message>
        <source>Above warning level</source>
        <translation>超警戒水位</translation>
    </message>
    <message>
        <source>Above flood-season limit</source>
        <translation>超汛限水位</translation>
    </message>
    <message>
        <source>Rainstorm</source>
        <translation>暴雨</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警戒</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>危险</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::RainfallClass</name>
    <message>
        <source>No rain</source>
        <translation>无雨</translation>
    </message>
    <message>
        <source>Light rain</source>
        <translation>小雨</translation>
    </message>
    <message>
        <source>Moderate rain</source>
        <translation>中雨</translation>
    </message>
    <message>
        <source>Heavy rain</source>
        <translation>大雨</translation>
    </message>
    <message>
        <source>Rainstorm</source>
        <translation>暴雨</translation>
    </message>
    <message>
        <source>Heavy rainstorm</source>
        <translation>大暴雨</translation>
    </message>
    <message>
        <source>Torrential rainstorm</source>
        <translation>特大暴雨</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterCharts</name>
    <message>
        <source>Rain gauge</source>
        <extracomment>Station type in the chart legend: 雨量站</extracomment>
        <translation>雨量站</translation>
    </message>
    <message>
        <source>Hydrological station</source>
        <extracomment>水文站</extracomment>
        <translation>水文站</translation>
    </message>
    <message>
        <source>Level station</source>
        <extracomment>水位站</extracomment>
        <translation>水位站</translation>
    </message>
    <message>
        <source>Reservoir</source>
        <extracomment>水库</extracomment>
        <translation>水库</translation>
    </message>
    <message>
        <source>Stations (longitude/latitude)</source>
        <extracomment>Chart title: 测站分布（经纬度）</extracomment>
        <translation>测站分布（经纬度）</translation>
    </message>
    <message>
        <source>Lon.</source>
        <extracomment>Axis: 经度</extracomment>
        <translation>经度</translation>
    </message>
    <message>
        <source>Lat.</source>
        <extracomment>Axis: 纬度</extracomment>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Rainfall (mm)</source>
        <extracomment>Series name: 降水量 (mm) or 水位 (m)</extracomment>
        <translation>降水量（mm）</translation>
    </message>
    <message>
        <source>Level (m)</source>
        <translation>水位（m）</translation>
    </message>
    <message>
        <source>Flood-season limit</source>
        <extracomment>Threshold line: 汛限水位</extracomment>
        <translation>汛限水位</translation>
    </message>
    <message>
        <source>Design flood level</source>
        <extracomment>Threshold line: 设计洪水位</extracomment>
        <translation>设计洪水位</translation>
    </message>
    <message>
        <source>Warning level</source>
        <extracomment>Threshold line: 警戒水位</extracomment>
        <translation>警戒水位</translation>
    </message>
    <message>
        <source>Guaranteed level</source>
        <extracomment>Threshold line: 保证水位</extracomment>
        <translation>保证水位</translation>
    </message>
    <message>
        <source>Rainfall per area (mm)</source>
        <extracomment>Chart title: 各行政区面雨量 (mm)</extracomment>
        <translation>各行政区面雨量（mm）</translation>
    </message>
    <message>
        <source>{value} m
%1 10⁶m³</source>
        <translation>{value} 米
%1 百万立方米</translation>
    </message>
    <message>
        <source>Reservoir levels and storage</source>
        <extracomment>Chart title: 水库水位与蓄水量</extracomment>
        <translation>水库水位与蓄水量</translation>
    </message>
    <message>
        <source>Water quality classes (sections)</source>
        <extracomment>Chart title: 水质类别分布（断面数）</extracomment>
        <translation>水质类别分布（断面数）</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterDatasets</name>
    <message>
        <source>Flood warning</source>
        <extracomment>Search filter for flood warnings: 水情预警</extracomment>
        <translation>水情预警</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterModule</name>
    <message>
        <source>Table</source>
        <extracomment>Field of a dataset: 数据表</extracomment>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Field of a dataset: 标题</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>File name</source>
        <extracomment>Field of a dataset: 文件名</extracomment>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Loaded at</source>
        <extracomment>Field of a dataset: 载入时间</extracomment>
        <translation>载入时间</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterPage</name>
    <message>
        <source>Rain gauge</source>
        <extracomment>Station type: 雨量站</extracomment>
        <translation>雨量站</translation>
    </message>
    <message>
        <source>Hydrological</source>
        <extracomment>水文站</extracomment>
        <translation>水文站</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>水位站</extracomment>
        <translation>水位站</translation>
    </message>
    <message>
        <source>Reservoir</source>
        <extracomment>水库站</extracomment>
        <translation>水库站</translation>
    </message>
    <message>
        <source>Import…</source>
        <extracomment>Button: 导入…</extracomment>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Button: 导出</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <source>Station</source>
        <extracomment>Column headers of the station list: 测站 站码 河流 站类 最新值 时间 状态</extracomment>
        <translation>测站</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>站码</translation>
    </message>
    <message>
        <source>River</source>
        <translation>河流</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>站类</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>Column headers of the warnings: 级别 类型 测站 河流 时间 原因</extracomment>
        <translation>级别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>24 hours</source>
        <extracomment>Range choices: 24小时 7天 30天 自定义</extracomment>
        <translation>24小时</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Table (CSV)…</source>
        <extracomment>Export choices: 表格 (CSV)… 图表 (PNG)… 看板 (PDF)…</extracomment>
        <translation>表格（CSV）…</translation>
    </message>
    <message>
        <source>Chart (PNG)…</source>
        <translation>图表（PNG）…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Dashboard (PDF)…</source>
        <translation>看板（PDF）…</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>导出看板</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水务</translation>
    </message>
    <message>
        <source>Range:</source>
        <extracomment>Label before the range picker: 时段</extracomment>
        <translation>时段：</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>Tabs: 概览 测站 预警 数据集</extracomment>
        <translation>概览</translation>
    </message>
    <message>
        <source>Warnings</source>
        <extracomment>Tab title with the count: 预警 (N)</extracomment>
        <translation>预警</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Data up to %1</source>
        <extracomment>Shown beside the title: 数据截至 …</extracomment>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>No data yet: import a file or wait for a dataset to sync.</source>
        <translation>尚无数据：请导入文件，或等待数据集同步。</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>预警（%1）</translation>
    </message>
    <message>
        <source>24 h %1 mm</source>
        <extracomment>Latest rain of a gauge: 24小时 N mm</extracomment>
        <translation>24小时 %1毫米</translation>
    </message>
    <message>
        <source>Normal</source>
        <extracomment>Status of a station without warnings: 正常</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>The dashboard could not be read.</source>
        <translation>无法读取看板数据。</translation>
    </message>
    <message>
        <source>%1 km from the mouth</source>
        <extracomment>至河口 N km</extracomment>
        <translation>至河口%1公里</translation>
    </message>
    <message>
        <source>warning level %1 m</source>
        <extracomment>警戒水位 N m</extracomment>
        <translation>警戒水位%1米</translation>
    </message>
    <message>
        <source>guaranteed level %1 m</source>
        <extracomment>保证水位 N m</extracomment>
        <translation>保证水位%1米</translation>
    </message>
    <message>
        <source>flood-season limit %1 m</source>
        <extracomment>汛限水位 N m</extracomment>
        <translation>汛限水位%1米</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s)</source>
        <extracomment>N readings in range</extracomment>
        <translation>
            <numerusform>%n 条观测记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Water dashboard</source>
        <extracomment>PDF title: 水务看板</extracomment>
        <translation>水务看板</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Import a data file</source>
        <extracomment>File dialog: 导入数据文件</extracomment>
        <translation>导入数据文件</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.json)</source>
        <translation>表格文件 (*.csv *.txt *.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>选择数据表 / 文件中是哪张表：</extracomment>
        <translation>选择数据表</translation>
    </message>
    <message>
        <source>Which table is in the file?</source>
        <translation>文件中是哪张表：</translation>
    </message>
    <message>
        <source>Stations</source>
        <extracomment>PDF heading of the station list: 测站</extracomment>
        <translation>测站</translation>
    </message>
    <message>
        <source>%1 m</source>
        <extracomment>Latest level of a station: N 米</extracomment>
        <translation>%1 米</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterQuality</name>
    <message>
        <source>Class I</source>
        <translation>Ⅰ类</translation>
    </message>
    <message>
        <source>Class II</source>
        <translation>Ⅱ类</translation>
    </message>
    <message>
        <source>Class III</source>
        <translation>Ⅲ类</translation>
    </message>
    <message>
        <source>Class IV</source>
        <translation>Ⅳ类</translation>
    </message>
    <message>
        <source>Class V</source>
        <translation>Ⅴ类</translation>
    </message>
    <message>
        <source>Worse than class V</source>
        <translation>劣Ⅴ类</translation>
    </message>
    <message>
        <source>Dissolved oxygen</source>
        <translation>溶解氧</translation>
    </message>
    <message>
        <source>Permanganate index</source>
        <translation>高锰酸盐指数</translation>
    </message>
    <message>
        <source>Chemical oxygen demand</source>
        <translation>化学需氧量</translation>
    </message>
    <message>
        <source>Five-day biochemical oxygen demand</source>
        <translation>五日生化需氧量</translation>
    </message>
    <message>
        <source>Ammonia nitrogen</source>
        <translation>氨氮</translation>
    </message>
    <message>
        <source>Total phosphorus</source>
        <translation>总磷</translation>
    </message>
    <message>
        <source>Total nitrogen</source>
        <translation>总氮</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterSchema</name>
    <message>
        <source>Station code</source>
        <translation>测站编码</translation>
    </message>
    <message>
        <source>8 letters or digits</source>
        <extracomment>Hint for a bad station code: 8位字母或数字</extracomment>
        <translation>8位字母或数字</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>时间</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Stations (ST_STBPRP_B)</source>
        <extracomment>测站基本属性 (ST_STBPRP_B)</extracomment>
        <translation>测站基本属性（ST_STBPRP_B）</translation>
    </message>
    <message>
        <source>Rainfall (ST_PPTN_R)</source>
        <extracomment>降水量 (ST_PPTN_R)</extracomment>
        <translation>降水量（ST_PPTN_R）</translation>
    </message>
    <message>
        <source>River levels and flows (ST_RIVER_R)</source>
        <extracomment>河道水情 (ST_RIVER_R)</extracomment>
        <translation>河道水情（ST_RIVER_R）</translation>
    </message>
    <message>
        <source>Reservoirs (ST_RSVR_R)</source>
        <extracomment>水库水情 (ST_RSVR_R)</extracomment>
        <translation>水库水情（ST_RSVR_R）</translation>
    </message>
    <message>
        <source>Water quality samples (WQ_SAMPLE)</source>
        <extracomment>水质监测 (WQ_SAMPLE)</extracomment>
        <translation>水质监测（WQ_SAMPLE）</translation>
    </message>
    <message>
        <source>Station type</source>
        <translation>站类</translation>
    </message>
    <message>
        <source>PP, ZQ, ZZ or RR</source>
        <extracomment>Hint for a bad station type: PP、ZQ、ZZ 或 RR</extracomment>
        <translation>PP、ZQ、ZZ 或 RR</translation>
    </message>
    <message>
        <source>Administrative code</source>
        <translation>行政区划码</translation>
    </message>
    <message>
        <source>6 digits</source>
        <extracomment>Hint for a bad administrative code: 6位数字</extracomment>
        <translation>6位数字</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>测站名称</translation>
    </message>
    <message>
        <source>River</source>
        <translation>河流名称</translation>
    </message>
    <message>
        <source>River system</source>
        <translation>水系名称</translation>
    </message>
    <message>
        <source>Basin</source>
        <translation>流域名称</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>站址</translation>
    </message>
    <message>
        <source>Distance to mouth (km)</source>
        <translation>至河口距离（km）</translation>
    </message>
    <message>
        <source>Warning level (m)</source>
        <translation>警戒水位（m）</translation>
    </message>
    <message>
        <source>Guaranteed level (m)</source>
        <translation>保证水位（m）</translation>
    </message>
    <message>
        <source>Flood-season limit (m)</source>
        <translation>汛限水位（m）</translation>
    </message>
    <message>
        <source>Design flood level (m)</source>
        <translation>设计洪水位（m）</translation>
    </message>
    <message>
        <source>Rainfall (mm)</source>
        <translation>时段降水量（mm）</translation>
    </message>
    <message>
        <source>Period (h)</source>
        <translation>时段长（h）</translation>
    </message>
    <message>
        <source>Daily rainfall (mm)</source>
        <translation>日降水量（mm）</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>天气状况</translation>
    </message>
    <message>
        <source>Water level (m)</source>
        <translation>水位（m）</translation>
    </message>
    <message>
        <source>Flow (m³/s)</source>
        <translation>流量（m³/s）</translation>
    </message>
    <message>
        <source>Cross-section area (m²)</source>
        <translation>断面过水面积（m²）</translation>
    </message>
    <message>
        <source>Mean velocity (m/s)</source>
        <translation>断面平均流速（m/s）</translation>
    </message>
    <message>
        <source>Flow code</source>
        <translation>河水特征码</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>水势</translation>
    </message>
    <message>
        <source>Reservoir level (m)</source>
        <translation>库上水位（m）</translation>
    </message>
    <message>
        <source>Inflow (m³/s)</source>
        <translation>入库流量（m³/s）</translation>
    </message>
    <message>
        <source>Storage (10⁶ m³)</source>
        <translation>蓄水量（10⁶ m³）</translation>
    </message>
    <message>
        <source>Outflow (m³/s)</source>
        <translation>出库流量（m³/s）</translation>
    </message>
    <message>
        <source>Reservoir code</source>
        <translation>库水特征码</translation>
    </message>
    <message>
        <source>Water body</source>
        <translation>水体类型</translation>
    </message>
    <message>
        <source>河流 or 湖库</source>
        <extracomment>Hint for a bad water body: 河流 或 湖库</extracomment>
        <translation>河流或湖库</translation>
    </message>
    <message>
        <source>Dissolved oxygen (mg/L)</source>
        <translation>溶解氧（mg/L）</translation>
    </message>
    <message>
        <source>Permanganate index (mg/L)</source>
        <translation>高锰酸盐指数（mg/L）</translation>
    </message>
    <message>
        <source>COD (mg/L)</source>
        <translation>化学需氧量（mg/L）</translation>
    </message>
    <message>
        <source>BOD5 (mg/L)</source>
        <translation>五日生化需氧量（mg/L）</translation>
    </message>
    <message>
        <source>Ammonia nitrogen (mg/L)</source>
        <translation>氨氮（mg/L）</translation>
    </message>
    <message>
        <source>Total phosphorus (mg/L)</source>
        <translation>总磷（mg/L）</translation>
    </message>
    <message>
        <source>Total nitrogen (mg/L)</source>
        <translation>总氮（mg/L）</translation>
    </message>
    <message>
        <source>Administrative area</source>
        <extracomment>行政区划名称</extracomment>
        <translation>行政区划名称</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterUiPlugin</name>
    <message>
        <source>&amp;Import data file…</source>
        <extracomment>Menu action: 导入数据文件…</extracomment>
        <translation>导入数据文件(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>GovDesk::Water::WaterWarnings</name>
    <message>
        <source>[%1] %2: %3</source>
        <extracomment>A warning's to-do: 【严重程度】类型：原因</extracomment>
        <translation>【%1】%2：%3</translation>
    </message>
</context>
<context>
    <name>GovDesk::Workbench::Task</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
</context>
<context>
    <name>GovDesk::Workbench::WorkbenchModel</name>
    <message>
        <source>Very urgent</source>
        <extracomment>紧急程度 特急 (GB/T 9704)</extracomment>
        <translation>特急</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>紧急程度 加急 (GB/T 9704)</extracomment>
        <translation>加急</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>urgency</comment>
        <extracomment>紧急程度 普通</extracomment>
        <translation>普通</translation>
    </message>
    <message>
        <source>To read</source>
        <extracomment>待阅 / 待办</extracomment>
        <translation>待阅</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no deadline</comment>
        <extracomment>办理期限 of an item without one: 无</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>deadline date format</comment>
        <extracomment>Date format of the 办理期限 column (QDate::toString); zh_CN: yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Urgency</source>
        <extracomment>紧急程度</extracomment>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>to do or to read</comment>
        <extracomment>类型: 待办 or 待阅</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>标题</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>From</source>
        <comment>module</comment>
        <extracomment>来自: the module that published the item</extracomment>
        <translation>来自</translation>
    </message>
    <message>
        <source>Deadline</source>
        <extracomment>办理期限</extracomment>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Overdue since %1 today</source>
        <extracomment>zh_CN: 已逾期（今天 %1 到期）</extracomment>
        <translation>已逾期（今天 %1 到期）</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <extracomment>zh_CN: 已逾期 %n 天</extracomment>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Open items by module</source>
        <translation>各模块待办数量</translation>
    </message>
</context>
<context>
    <name>GovDesk::Workbench::WorkbenchModule</name>
    <message>
        <source>To-do</source>
        <extracomment>Search filter for the workbench's own items: 待办事项</extracomment>
        <translation>待办事项</translation>
    </message>
</context>
<context>
    <name>GovDesk::Workbench::WorkbenchPage</name>
    <message>
        <source>Refresh</source>
        <extracomment>刷新</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <extracomment>按标题筛选</extracomment>
        <translation>按标题筛选</translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s)</source>
        <extracomment>Page subtitle; zh_CN: 共 %n 项待办</extracomment>
        <translation>
            <numerusform>共 %n 项待办</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s), %1 overdue</source>
        <extracomment>Page subtitle; %1 is the number overdue. zh_CN: 共 %n 项待办，其中 %1 项已逾期</extracomment>
        <translation>
            <numerusform>共 %n 项待办，其中 %1 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>The to-do list could not be read</source>
        <translation>无法读取待办事项</translation>
    </message>
    <message>
        <source>No to-do items</source>
        <extracomment>暂无待办事项</extracomment>
        <translation>暂无待办事项</translation>
    </message>
    <message>
        <source>Documents to sign for, handle or read in any module appear here.</source>
        <translation>各模块中需要您签收、办理或阅读的事项会显示在这里。</translation>
    </message>
    <message>
        <source>No item matches the filter</source>
        <translation>没有符合筛选条件的事项</translation>
    </message>
    <message numerus="yes">
        <source>Clear the filter to see all %n item(s).</source>
        <translation>
            <numerusform>清除筛选条件可查看全部 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart</source>
        <extracomment>统计图</extracomment>
        <translation>统计图</translation>
    </message>
</context>
<context>
    <name>GovDesk::Workbench::WorkbenchUiPlugin</name>
    <message>
        <source>&amp;New personal to-do…</source>
        <translation>新建个人待办(&amp;N)…</translation>
    </message>
    <message>
        <source>New personal to-do</source>
        <translation>新建个人待办</translation>
    </message>
    <message>
        <source>What needs doing:</source>
        <translation>待办内容：</translation>
    </message>
</context>
<context>
    <name>HttpsTransport</name>
    <message>
        <source>The network component of GovDesk could not be loaded. Reinstall GovDesk or ask your IT support.</source>
        <translation>政务桌面的网络组件无法加载。请重新安装政务桌面，或联系本单位信息技术人员。</translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>The profile uses an unknown key derivation method.</source>
        <translation>该档案使用了未知的密钥派生方法。</translation>
    </message>
    <message>
        <source>The profile's key parameters are damaged.</source>
        <translation>档案的密钥参数已损坏。</translation>
    </message>
    <message>
        <source>The encryption key could not be derived.</source>
        <translation>无法生成加密密钥。</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Migrations for "%1" are registered twice.</source>
        <translation>“%1”的数据升级步骤被重复注册。</translation>
    </message>
    <message>
        <source>Migrations for "%1" must be numbered 1, 2, 3 … without gaps.</source>
        <translation>“%1”的数据升级步骤必须按 1、2、3…连续编号。</translation>
    </message>
    <message>
        <source>This profile was written by a newer GovDesk; please update GovDesk.</source>
        <translation>该档案由更新版本的政务桌面写入，请升级政务桌面。</translation>
    </message>
    <message>
        <source>Updating the data of "%1" to version %2 failed; the profile was left unchanged.</source>
        <translation>将“%1”的数据升级到第%2版失败；档案未作任何改动。</translation>
    </message>
</context>
<context>
    <name>ModuleMetadata</name>
    <message>
        <source>The module's description has no valid id.</source>
        <translation>模块描述中没有有效的标识。</translation>
    </message>
    <message>
        <source>The module "%1" has no name.</source>
        <translation>模块“%1”没有名称。</translation>
    </message>
    <message>
        <source>The module "%1" declares no version.</source>
        <translation>模块“%1”未声明版本。</translation>
    </message>
</context>
<context>
    <name>ModuleRecords</name>
    <message>
        <source>The module "%1" may only change its own records (collections beginning with "%2").</source>
        <translation>模块“%1”只能修改本模块的记录（以“%2”开头的数据集）。</translation>
    </message>
    <message>
        <source>A collection's schema version above 1 needs an upgrade function.</source>
        <translation>数据集的结构版本高于 1 时必须提供升级函数。</translation>
    </message>
    <message>
        <source>A number request needs a series, a field and a format with {number}.</source>
        <translation>编号请求须有机关代字、字段和含{number}的格式。</translation>
    </message>
</context>
<context>
    <name>ModuleSearch</name>
    <message>
        <source>The module "%1" may only index its own entries.</source>
        <translation>模块“%1”只能索引本模块的条目。</translation>
    </message>
</context>
<context>
    <name>ModuleTodos</name>
    <message>
        <source>The module "%1" may only publish its own to-do items.</source>
        <translation>模块“%1”只能发布本模块的待办事项。</translation>
    </message>
</context>
<context>
    <name>ModuleUiLoader</name>
    <message>
        <source>The module "%1" has no page.</source>
        <translation>模块“%1”没有页面。</translation>
    </message>
    <message>
        <source>The page of the module "%1" could not be loaded: %2</source>
        <translation>无法加载模块“%1”的页面：%2</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>The passphrase could not be read.</source>
        <translation>无法读取口令。</translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation>口令过长。</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>未输入口令。</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be opened.</source>
        <translation>无法打开口令文件 %1。</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak: easy to guess. Use a longer phrase.</source>
        <translation>弱：容易被猜中，请使用更长的口令。</translation>
    </message>
    <message>
        <source>Fair: acceptable; longer is better.</source>
        <translation>中：可以使用，更长更好。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
</context>
<context>
    <name>ProfileKey</name>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>口令不能为空。</translation>
    </message>
</context>
<context>
    <name>ProfileMetadata</name>
    <message>
        <source>This is not a GovDesk profile.</source>
        <translation>这不是政务桌面档案。</translation>
    </message>
    <message>
        <source>This profile was written by a newer GovDesk; please update GovDesk.</source>
        <translation>该档案由更新版本的政务桌面写入，请升级政务桌面。</translation>
    </message>
    <message>
        <source>The profile description is damaged.</source>
        <translation>档案描述文件已损坏。</translation>
    </message>
    <message>
        <source>The profile description %1 cannot be read.</source>
        <translation>无法读取档案描述文件 %1。</translation>
    </message>
    <message>
        <source>The profile description cannot be written.</source>
        <translation>无法写入档案描述文件。</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>"%1" is not a valid profile name.</source>
        <translation>“%1”不是有效的档案名称。</translation>
    </message>
    <message>
        <source>There is no profile "%1".</source>
        <translation>档案“%1”不存在。</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>档案必须有名称。</translation>
    </message>
    <message>
        <source>The profile "%1" already exists.</source>
        <translation>档案“%1”已存在。</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>无法创建档案文件夹 %1。</translation>
    </message>
    <message>
        <source>The profile folder could not be deleted completely.</source>
        <translation>档案文件夹未能完全删除。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1 Your current data is unchanged.</source>
        <translation>备份未恢复：%1 现有数据未作任何改动。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Demo County People's Government</source>
        <translation>演示县人民政府</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>A setting needs a scope.</source>
        <translation>设置项必须指定作用范围。</translation>
    </message>
    <message>
        <source>A setting needs a name.</source>
        <translation>设置项必须有名称。</translation>
    </message>
    <message>
        <source>A stored setting cannot be read.</source>
        <translation>无法读取已保存的设置项。</translation>
    </message>
    <message>
        <source>This value cannot be stored as a setting.</source>
        <translation>该值无法保存为设置项。</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>"%1" is not a valid record collection name.</source>
        <translation>“%1”不是有效的记录集合名称。</translation>
    </message>
    <message>
        <source>A record id must have 1 to 128 characters.</source>
        <translation>记录标识须为 1 至 128 个字符。</translation>
    </message>
    <message>
        <source>The record is too large to sync (%1 KiB; at most %2 KiB). Store big files as attachments.</source>
        <translation>记录过大，无法同步（%1 KiB，最多 %2 KiB）。大文件请作为附件保存。</translation>
    </message>
    <message>
        <source>The record to delete does not exist.</source>
        <translation>要删除的记录不存在。</translation>
    </message>
    <message>
        <source>The refused change no longer exists.</source>
        <translation>被拒绝的修改已不存在。</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>此冲突已经处理。</translation>
    </message>
    <message>
        <source>A record filter compares only text, numbers and yes/no.</source>
        <translation>记录筛选只能比较文本、数字和是/否。</translation>
    </message>
    <message>
        <source>Records of this kind are kept as they were written and cannot be changed or deleted.</source>
        <translation>此类记录按写入时的内容保存，不能修改或删除。</translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>A search type needs a module and a type name.</source>
        <translation>检索类型必须指定模块和类型名称。</translation>
    </message>
    <message>
        <source>The search type "%1" of "%2" is registered twice.</source>
        <translation>“%2”的检索类型“%1”被重复注册。</translation>
    </message>
    <message>
        <source>"%1" cannot be added to the search: its type is not registered.</source>
        <translation>无法将“%1”加入检索：其类型尚未注册。</translation>
    </message>
    <message>
        <source>"%1" cannot be added to the search: it has no id.</source>
        <translation>无法将“%1”加入检索：缺少编号。</translation>
    </message>
    <message>
        <source>The number of search results must be positive.</source>
        <translation>检索结果条数必须为正数。</translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>口令错误。</translation>
    </message>
    <message>
        <source>This file is not a GovDesk database.</source>
        <translation>该文件不是政务桌面数据库。</translation>
    </message>
    <message>
        <source>The database file is damaged or truncated.</source>
        <translation>数据库文件已损坏或不完整。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容。请释放空间后重试。</translation>
    </message>
    <message>
        <source>The profile is open in another GovDesk window.</source>
        <translation>该档案已在另一个政务桌面窗口中打开。</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment.</source>
        <translation>数据库正忙，请稍后重试。</translation>
    </message>
    <message>
        <source>The database file could not be read or written.</source>
        <translation>无法读写数据库文件。</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>数据库为只读。</translation>
    </message>
    <message>
        <source>The change conflicts with existing data.</source>
        <translation>此修改与现有数据冲突。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>A database error occurred.</source>
        <translation>发生数据库错误。</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The server's answer could not be understood. It may run an incompatible version.</source>
        <translation>无法理解服务器的应答，服务器可能运行着不兼容的版本。</translation>
    </message>
    <message>
        <source>The server refused a request as malformed. This is a GovDesk error; please report it.</source>
        <translation>服务器认为请求格式有误并拒绝。这是 GovDesk 的错误，请报告。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>The server does not allow this for your account.</source>
        <translation>服务器不允许您的账号执行此操作。</translation>
    </message>
    <message>
        <source>The server does not know this address. Check the server address.</source>
        <translation>服务器无此地址。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The server asked to repeat an upload.</source>
        <translation>服务器要求重新上传。</translation>
    </message>
    <message>
        <source>The server refused the request as too large.</source>
        <translation>服务器因请求过大而拒绝。</translation>
    </message>
    <message>
        <source>The server is busy with too many requests; trying again later.</source>
        <translation>服务器请求过多，稍后重试。</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); trying again later.</source>
        <translation>服务器出现问题（HTTP %1），稍后重试。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>服务器给出了意外的应答（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server's answer was incomplete or damaged; trying again.</source>
        <translation>服务器的应答不完整或已损坏，正在重试。</translation>
    </message>
    <message>
        <source>The sync server speaks protocol version %1, this GovDesk version %2. Please update GovDesk.</source>
        <translation>同步服务器使用协议版本 %1，本 GovDesk 使用版本 %2。请更新 GovDesk。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Synchronisation was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>Sign in to synchronise this profile.</source>
        <translation>请登录以同步本档案。</translation>
    </message>
    <message>
        <source>The server's answer could not be understood. It may run an incompatible version.</source>
        <translation>无法理解服务器的应答，服务器可能运行着不兼容的版本。</translation>
    </message>
    <message>
        <source>This profile belongs to %1. Sign in as %1, or create a new profile for %2.</source>
        <translation>本档案属于 %1。请以 %1 登录，或为 %2 新建档案。</translation>
    </message>
    <message>
        <source>An attachment could not be sent: %1</source>
        <translation>无法发送附件：%1</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>Unlock the profile first.</source>
        <translation>请先解锁档案。</translation>
    </message>
    <message>
        <source>Demo profiles never sync.</source>
        <translation>演示档案不会同步。</translation>
    </message>
    <message>
        <source>No sync server is set for this profile.</source>
        <translation>本档案未设置同步服务器。</translation>
    </message>
    <message>
        <source>The sync server address "%1" is not a valid https:// address.</source>
        <translation>同步服务器地址“%1”不是有效的 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>TodoService</name>
    <message>
        <source>A to-do item needs the module it belongs to.</source>
        <translation>待办事项必须注明所属模块。</translation>
    </message>
    <message>
        <source>A to-do item needs the record it is about.</source>
        <translation>待办事项必须注明对应的记录。</translation>
    </message>
    <message>
        <source>A to-do item needs a title.</source>
        <translation>待办事项必须有标题。</translation>
    </message>
    <message>
        <source>A to-do item must be either to do or to read.</source>
        <translation>待办事项必须是“待办”或“待阅”。</translation>
    </message>
    <message>
        <source>A to-do item has an unknown urgency.</source>
        <translation>待办事项的紧急程度无效。</translation>
    </message>
    <message>
        <source>The deadline of a to-do item is not a valid time.</source>
        <translation>待办事项的办理期限不是有效时间。</translation>
    </message>
    <message>
        <source>Which to-do item to complete was not given.</source>
        <translation>未指定要办结的待办事项。</translation>
    </message>
    <message>
        <source>Which record's to-do items to remove was not given.</source>
        <translation>未指定要删除哪条记录的待办事项。</translation>
    </message>
</context>
</TS>
