using System;
using System.IO;

namespace EditorialLint.Cli;

internal static class Program
{
    private static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory(), CliHost.FromConsole());
}
