using System;
using System.CommandLine;

namespace FactGen.Cli;

/// <summary>Runs a command's work and turns a <see cref="UsageException"/> into a message and exit code 2.</summary>
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
            catch (UsageException exception)
            {
                result.InvocationConfiguration.Error.WriteLine($"factgen {command.Name}: {exception.Message}");
                return UsageException.ExitCode;
            }
        });
}
