using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactGen.Model;
using Microsoft.CodeAnalysis;

namespace FactGen.Generators.Diagnostics;

/// <summary>
/// The Roslyn descriptors of the fact file rules, made once from the one rule table in <see cref="FactRules"/>, so
/// the analyzer and the CLI report the same ids, titles, messages and severities.
/// </summary>
public static class FactDescriptors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = FactRules.All.ToDictionary(rule => rule.Id, Create);

    /// <summary>Every descriptor, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = s_byId.Values.OrderBy(descriptor => descriptor.Id, System.StringComparer.Ordinal).ToImmutableArray();

    /// <summary>The descriptors of the fact file rules (FG0xxx).</summary>
    public static ImmutableArray<DiagnosticDescriptor> FactFileRules { get; } = All.Where(descriptor => !FactRules.Get(descriptor.Id).IsCodeRule).ToImmutableArray();

    /// <summary>The descriptors of the rules on C# code (FG1xxx).</summary>
    public static ImmutableArray<DiagnosticDescriptor> CodeRules { get; } = All.Where(descriptor => FactRules.Get(descriptor.Id).IsCodeRule).ToImmutableArray();

    /// <summary>The descriptor of the rule <paramref name="id"/>.</summary>
    public static DiagnosticDescriptor Get(string id) => s_byId[id];

    private static DiagnosticDescriptor Create(FactRule rule)
    {
        // Rules across files, and the archive rules (a source and its quotes may be in different files), are reported
        // when the whole compilation has been seen.
        var tags = rule.Category is "Reference" or "Archive" ? new[] { WellKnownDiagnosticTags.CompilationEnd } : System.Array.Empty<string>();
        return new DiagnosticDescriptor(
            rule.Id,
            rule.Title,
            rule.MessageFormat,
            "FactGen." + rule.Category,
            rule.Severity switch
            {
                FactSeverity.Error => DiagnosticSeverity.Error,
                FactSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            },
            isEnabledByDefault: true,
            helpLinkUri: rule.HelpLink,
            customTags: tags);
    }
}
