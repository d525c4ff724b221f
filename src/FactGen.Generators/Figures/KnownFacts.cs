using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Generators.Figures;

/// <summary>What a figure is: a plain number, a percentage, or an amount of money in a currency.</summary>
internal enum FigureKind
{
    Number,
    Percent,
    Money,
}

/// <summary>The value a literal and a fact are compared by: 100000, 13%, USD 30000000000.</summary>
internal readonly record struct FigureKey(FigureKind Kind, decimal Value, string? Currency);

/// <summary>A fact visible to the compilation, as its generated member shows it.</summary>
/// <param name="Id">The fact id.</param>
/// <param name="Member">The member, fully qualified: <c>global::Facts.BrainDrain.ItSpecialistsLeft</c>.</param>
/// <param name="Class">The class that holds the member.</param>
/// <param name="MemberName">The member's name as written in C#: <c>ItSpecialistsLeft</c>.</param>
/// <param name="Claim">What it measures.</param>
/// <param name="Source">Its source's short reference.</param>
/// <param name="ValueType">The type of <c>Fact&lt;T&gt;.Value</c>.</param>
internal sealed record KnownFact(string Id, string Member, INamedTypeSymbol Class, string MemberName, string Claim, string Source, ITypeSymbol ValueType)
{
    /// <summary>
    /// The member as a person writes it at <paramref name="position"/>: <c>BrainDrain.ItSpecialistsLeft</c> where the
    /// class's name finds the class there, else with its namespace, <c>Facts.BrainDrain.ItSpecialistsLeft</c>.
    /// </summary>
    public string DisplayMemberAt(SemanticModel model, int position)
    {
        var inScope = model.LookupNamespacesAndTypes(position, name: Class.Name)
            .Any(symbol => SymbolEqualityComparer.Default.Equals(symbol, Class));
        return inScope ? Class.Name + "." + MemberName : QualifiedMember;
    }

    /// <summary>The member with its namespace, as a person writes it where no <c>using</c> is known: <c>Facts.BrainDrain.ItSpecialistsLeft</c>.</summary>
    public string QualifiedMember => Class.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) + "." + MemberName;

    /// <summary>How a code fix names the fact to a person: by claim and source.</summary>
    public string Title => $"'{Id}': {Claim} ({Source})";
}

/// <summary>
/// The facts a compilation can see, by value: those FactGen generated into this compilation and those of referenced
/// assemblies built with FactGen. Read from symbols (<c>[GeneratedFacts(index)]</c> on each fact class, which names
/// each fact's property, id, value, claim and source), never from YAML, so facts that come in a package count too.
/// </summary>
internal sealed class KnownFacts
{
    /// <summary>
    /// The entries of each index text read so far. The text is the same object from one compilation to the next while
    /// its class is unchanged (the generated tree, or a referenced assembly's symbols, are reused), so the IDE, which
    /// collects the facts again for each compilation, splits an index once, not on every edit.
    /// </summary>
    private static readonly ConditionalWeakTable<string, IndexEntry[]> s_indexEntries = new();

    private readonly Dictionary<FigureKey, List<KnownFact>> _byValue;

    private KnownFacts(Dictionary<FigureKey, List<KnownFact>> byValue) => _byValue = byValue;

    /// <summary>No facts: what a compilation sees when <see cref="MayExist"/> says none can be there.</summary>
    public static KnownFacts None { get; } = new(new Dictionary<FigureKey, List<KnownFact>>());

    /// <summary>The facts whose value is <paramref name="key"/>; empty when there are none.</summary>
    public IReadOnlyList<KnownFact> Find(FigureKey key)
        => _byValue.TryGetValue(key, out var facts) ? facts : Array.Empty<KnownFact>();

    /// <summary>
    /// The facts of <paramref name="compilation"/>, collected when first asked for, so that analyzing code or files
    /// with no figure (most edits in the IDE) does not walk the facts' symbols at all. Publication-only: a cancelled
    /// collection is not kept as the answer. Where no fact can exist, nothing is collected and every figure is unsourced.
    /// </summary>
    public static Lazy<KnownFacts> Lazily(Compilation compilation, FigureSymbols symbols, string factsNamespace, CancellationToken cancellationToken)
        => MayExist(compilation, symbols, factsNamespace)
            ? new(() => Collect(compilation, symbols, factsNamespace, cancellationToken), LazyThreadSafetyMode.PublicationOnly)
            : new(() => None, LazyThreadSafetyMode.PublicationOnly);

    /// <summary>
    /// Collects the facts. In this compilation only the namespace FactGen generates into is searched; in a referenced
    /// assembly, every public type, but only of assemblies that reference FactGen at all.
    /// </summary>
    public static KnownFacts Collect(Compilation compilation, FigureSymbols symbols, string factsNamespace, CancellationToken cancellationToken)
    {
        var byValue = new Dictionary<FigureKey, List<KnownFact>>();
        if (FindNamespace(compilation.Assembly.GlobalNamespace, factsNamespace) is { } own)
        {
            AddTypes(own, byValue, symbols, compilation, recurse: false, cancellationToken);
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (IsBuiltWithFactGen(assembly, symbols))
            {
                AddTypes(assembly.GlobalNamespace, byValue, symbols, compilation, recurse: true, cancellationToken);
            }
        }

        foreach (var facts in byValue.Values)
        {
            // Fixes are offered in this order, so it must not depend on the order assemblies were read in.
            facts.Sort((left, right) => string.CompareOrdinal(left.Id, right.Id));
        }

        return new KnownFacts(byValue);
    }

    /// <summary>
    /// Whether the compilation can see any fact: it has the namespace FactGen generates its own facts into, or it
    /// references an assembly built with FactGen. Costs a look at namespace names and at each reference's references,
    /// never a walk of types or attributes.
    /// </summary>
    public static bool MayExist(Compilation compilation, FigureSymbols symbols, string factsNamespace)
        => FindNamespace(compilation.Assembly.GlobalNamespace, factsNamespace) is not null
           || compilation.SourceModule.ReferencedAssemblySymbols.Any(assembly => IsBuiltWithFactGen(assembly, symbols));

    /// <summary>Whether <paramref name="assembly"/> references the FactGen runtime, as every assembly with generated facts does.</summary>
    public static bool IsBuiltWithFactGen(IAssemblySymbol assembly, FigureSymbols symbols)
        => assembly.Modules.Any(module => module.ReferencedAssemblies.Any(reference => reference.Name == symbols.RuntimeAssemblyName));

    /// <summary>The key of a fact's canonical value (from <c>GeneratedFactsAttribute.Index</c>), or null for ranges and years.</summary>
    internal static FigureKey? KeyOf(string canonical, ITypeSymbol valueType)
    {
        // Years are left out: a year in code is a date far more often than a reference to a fact.
        if (canonical.Contains(RecordFormat.RangeSeparator) || valueType.SpecialType == SpecialType.System_Int32)
        {
            return null;
        }

        if (canonical.EndsWith(RecordFormat.PercentSign, StringComparison.Ordinal))
        {
            return ParseNumber(canonical.Substring(0, canonical.Length - RecordFormat.PercentSign.Length)) is { } percent ? new FigureKey(FigureKind.Percent, percent, null) : null;
        }

        var space = canonical.IndexOf(RecordFormat.CurrencySeparator, StringComparison.Ordinal);
        if (space == 3)
        {
            return ParseNumber(canonical.Substring(space + RecordFormat.CurrencySeparator.Length)) is { } amount ? new FigureKey(FigureKind.Money, amount, canonical.Substring(0, 3)) : null;
        }

        return ParseNumber(canonical) is { } number ? new FigureKey(FigureKind.Number, number, null) : null;
    }

    private static decimal? ParseNumber(string text)
        => decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static INamespaceSymbol? FindNamespace(INamespaceSymbol root, string name)
    {
        var current = root;
        foreach (var part in name.Split('.'))
        {
            current = current.GetNamespaceMembers().FirstOrDefault(member => member.Name == part.TrimStart('@'));
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static void AddTypes(INamespaceSymbol ns, Dictionary<FigureKey, List<KnownFact>> byValue, FigureSymbols symbols, Compilation compilation, bool recurse, CancellationToken cancellationToken)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (type.IsStatic && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
            {
                AddFacts(type, byValue, symbols, compilation);
            }
        }

        if (recurse)
        {
            foreach (var child in ns.GetNamespaceMembers())
            {
                AddTypes(child, byValue, symbols, compilation, recurse, cancellationToken);
            }
        }
    }

    private static void AddFacts(INamedTypeSymbol type, Dictionary<FigureKey, List<KnownFact>> byValue, FigureSymbols symbols, Compilation compilation)
    {
        // Written once per class, not once per fact: a file's class may hold thousands.
        string? qualifiedType = null;
        foreach (var attribute in type.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.GeneratedFactsAttribute)
                || attribute.ConstructorArguments.Length != 1
                || attribute.ConstructorArguments[0].Value is not string index)
            {
                continue;
            }

            foreach (var entry in s_indexEntries.GetValue(index, ReadIndex))
            {
                if (type.GetMembers(entry.Property).FirstOrDefault() is IPropertySymbol { IsStatic: true, Type: INamedTypeSymbol { TypeArguments.Length: 1 } factType } property
                    && SymbolEqualityComparer.Default.Equals(factType.OriginalDefinition, symbols.FactType)
                    && compilation.IsSymbolAccessibleWithin(property, compilation.Assembly)
                    && KeyOf(entry.Canonical, factType.TypeArguments[0]) is { } key)
                {
                    var member = EscapedName(property);
                    Add(byValue, key, new KnownFact(
                        entry.Id,
                        (qualifiedType ??= type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)) + "." + member,
                        type,
                        member,
                        entry.Claim,
                        entry.Source,
                        factType.TypeArguments[0]));
                }
            }
        }
    }

    /// <summary>The well-formed entries of a <c>GeneratedFactsAttribute.Index</c>.</summary>
    private static IndexEntry[] ReadIndex(string index)
    {
        var entries = new List<IndexEntry>();
        foreach (var entry in index.Split(RecordFormat.IndexEntrySeparator))
        {
            var fields = entry.Split(RecordFormat.IndexFieldSeparator);
            if (fields.Length == 5)
            {
                entries.Add(new IndexEntry(fields[0], fields[1], fields[2], fields[3], fields[4]));
            }
        }

        return entries.ToArray();
    }

    private static void Add(Dictionary<FigureKey, List<KnownFact>> byValue, FigureKey key, KnownFact fact)
    {
        if (!byValue.TryGetValue(key, out var facts))
        {
            byValue[key] = facts = new List<KnownFact>();
        }

        facts.Add(fact);
    }

    /// <summary>An entry of a fact class's index: its property, id, canonical value, claim and source.</summary>
    private sealed record IndexEntry(string Property, string Id, string Canonical, string Claim, string Source);

    private static string EscapedName(ISymbol symbol)
        => SyntaxFacts.GetKeywordKind(symbol.Name) != SyntaxKind.None ? "@" + symbol.Name : symbol.Name;
}
