using System;
using System.IO;
using System.Text;

namespace EditorialLint.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Console.Out flushes on every line: a run with a million findings would make millions of write calls.
        // One buffered writer, flushed once at the end (stderr stays unbuffered for messages and progress).
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        try
        {
            return CliApp.Run(args, stdout, Console.Error, Directory.GetCurrentDirectory(), CliHost.FromConsole());
        }
        finally
        {
            stdout.Flush();
        }
    }
}
