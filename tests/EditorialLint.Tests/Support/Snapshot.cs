using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace EditorialLint.Tests.Support;

/// <summary>
/// Golden files the Verify way, so a later swap to Verify.Xunit is mechanical: the expected text lives in
/// <c>&lt;TestClass&gt;.&lt;name&gt;.verified.txt</c> beside the test; a mismatch writes <c>.received.txt</c> next to it
/// and fails. Set <c>EDITORIAL_LINT_ACCEPT=1</c> to accept received files (then read the diff before committing).
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "EDITORIAL_LINT_ACCEPT";

    public static void Verify(string actual, string name, [CallerFilePath] string testFile = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var stem = Path.Combine(directory, Path.GetFileNameWithoutExtension(testFile) + "." + name);
        var verified = stem + ".verified.txt";
        var received = stem + ".received.txt";
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"Snapshot {Path.GetFileName(verified)} differs; see {received}. Accept with {AcceptVariable}=1 after reading the diff.\n--- verified\n{expected}\n--- received\n{actual}");
    }
}
