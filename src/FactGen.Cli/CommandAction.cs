using System;
using System.CommandLine;
using System.IO;

namespace FactGen.Cli;

/// <summary>
/// Runs a command's work; a <see cref="UsageException"/>, or a file that cannot be read or written, becomes a
/// one-line message and exit code 2 rather than a stack trace and the exit code that means "the facts have errors".
/// </summary>
internal static class CommandAction
{
    /// <summary>Sets <paramref name="run"/> as the action of <paramref name="command"/>.</summary>
    public static void Set(Command command, Func<ParseResult, int> run)
        => command.SetAction(result =>
        {
            try
            {
                return run(result);
            }
            catch (Exception exception) when (exception is UsageException or IOException or UnauthorizedAccessException)
            {
                result.InvocationConfiguration.Error.WriteLine($"factgen {command.Name}: {exception.Message}");
                return UsageException.ExitCode;
            }
        });
}
