using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;
using System.Runtime.CompilerServices;

namespace FactGen.Cli;

/// <summary>
/// An "Examples:" section after each command's help. System.CommandLine 2.0 has none and keeps its help layout
/// internal, so the help option's action runs the standard help and then writes the examples.
/// </summary>
internal static class CommandExamples
{
    private static readonly ConditionalWeakTable<Command, string[]> s_examples = new();

    /// <summary>Gives <paramref name="command"/> the example command lines shown in its help.</summary>
    public static void Add(Command command, params string[] examples) => s_examples.AddOrUpdate(command, examples);

    /// <summary>Makes the help of <paramref name="root"/> and its subcommands end with their examples.</summary>
    public static void UseInHelp(Command root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((HelpAction)help.Action!);
    }

    private sealed class HelpWithExamples(HelpAction standardHelp) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = standardHelp.Invoke(parseResult);
            if (s_examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return exitCode;
        }
    }
}
