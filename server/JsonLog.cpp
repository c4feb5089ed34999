#include "JsonLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSysInfo>
#include <cstdio>
#include <mutex>

namespace GovDesk::Server {

namespace {

thread_local QJsonObject t_fields;

QString levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

void writeJsonLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const QString host = QSysInfo::machineHostName();
    static const qint64 pid = QCoreApplication::applicationPid();
    QJsonObject line = t_fields;
    line.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("level"), levelOf(type));
    line.insert(QStringLiteral("category"),
                QString::fromLatin1(context.category ? context.category : "default"));
    line.insert(QStringLiteral("message"), message);
    line.insert(QStringLiteral("host"), host);
    line.insert(QStringLiteral("pid"), pid);
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    // Lines of several threads must not interleave.
    static std::mutex mutex;
    const std::scoped_lock lock(mutex);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

ScopedLogFields::ScopedLogFields(const QJsonObject &fields)
    : m_previous(t_fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        t_fields.insert(it.key(), it.value());
}

ScopedLogFields::~ScopedLogFields()
{
    t_fields = m_previous;
}

void installJsonLog()
{
    qInstallMessageHandler(writeJsonLine);
}

} // namespace GovDesk::Server
