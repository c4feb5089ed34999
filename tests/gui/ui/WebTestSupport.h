// Helpers for tests that show WebEngine content: main() with the attribute WebEngine needs, and a
// synchronous runJavaScript().
#pragma once

#include <QApplication>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>

namespace GovDesk::Test {

// Runs `script` in the page's main world and waits for its value (a QVariant() on time-out or for
// undefined/null; a Promise is not awaited, store its outcome in a global and poll instead).
inline QVariant evaluate(QWebEnginePage *page, const QString &script, int timeoutMs = 10000)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("evaluate: no answer within %d ms to %s", timeoutMs, qPrintable(script.left(80)));
    return result;
}

// Polls `expression` until it is neither undefined nor null; returns its value.
inline QVariant waitForValue(QWebEnginePage *page, const QString &expression, int timeoutMs = 15000)
{
    QVariant value;
    const bool arrived = QTest::qWaitFor(
        [&] {
            value = evaluate(page, expression);
            return value.isValid() && !value.isNull();
        },
        timeoutMs);
    if (!arrived)
        qWarning("waitForValue: %s stayed empty for %d ms", qPrintable(expression.left(80)), timeoutMs);
    return value;
}

// main() of a WebEngine test. Qt WebEngine renders through Qt Quick and shares its OpenGL context
// with it; the attribute must be set before the application exists (the engine itself starts much
// later, on demand).
template<typename TestClass> int runWebEngineTest(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestClass test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace GovDesk::Test
