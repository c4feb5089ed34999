// PassphraseReader: reads a passphrase from a file or the terminal (echo off), never from argv.
#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace GovDesk::Cli {

class PassphraseReader
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseReader)
public:
    // `file` set: its first line. Otherwise standard input: with echo off when it is a terminal
    // (the prompt goes to stderr), else one line from the pipe (scripts).
    [[nodiscard]] static Core::Result<Core::SecureBytes> read(const QString &prompt, const QString &file = {});
    // Asks twice on a terminal and insists they match; a file or pipe is read once.
    [[nodiscard]] static Core::Result<Core::SecureBytes> readNew(const QString &prompt, const QString &file = {});

private:
    [[nodiscard]] static Core::Result<Core::SecureBytes> readLine(int fd);
};

} // namespace GovDesk::Cli
