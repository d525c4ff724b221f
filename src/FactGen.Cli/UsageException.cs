using System;

namespace FactGen.Cli;

/// <summary>A command that cannot run as written: a missing path, or an option that does not fit the format.</summary>
internal sealed class UsageException(string message) : Exception(message)
{
    /// <summary>The exit code of a wrong command line.</summary>
    public const int ExitCode = 2;
}
