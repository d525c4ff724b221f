using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FactGen.Generators.Figures;

/// <summary>The types the figure rules look for, resolved once per compilation.</summary>
internal sealed class FigureSymbols
{
    private FigureSymbols(Compilation compilation, INamedTypeSymbol factType, INamedTypeSymbol generatedFactsAttribute)
    {
        FactType = factType;
        GeneratedFactsAttribute = generatedFactsAttribute;
        FigureAttribute = compilation.GetTypeByMetadataName("FactGen.FigureAttribute");
        Unsourced = compilation.GetTypeByMetadataName("FactGen.Figure")?.GetMembers("Unsourced").OfType<IMethodSymbol>().FirstOrDefault();
        Arithmetic = compilation.GetTypeByMetadataName("FactGen.FigureArithmetic");
        Console = compilation.GetTypeByMetadataName("System.Console");
        TextWriter = compilation.GetTypeByMetadataName("System.IO.TextWriter");
        StringBuilder = compilation.GetTypeByMetadataName("System.Text.StringBuilder");
        LocalizableAttribute = compilation.GetTypeByMetadataName("System.ComponentModel.LocalizableAttribute");
    }

    /// <summary><c>FactGen.Fact&lt;T&gt;</c>.</summary>
    public INamedTypeSymbol FactType { get; }

    /// <summary><c>FactGen.GeneratedFactsAttribute</c>.</summary>
    public INamedTypeSymbol GeneratedFactsAttribute { get; }

    /// <summary><c>FactGen.FigureAttribute</c>, absent in runtimes older than the rule.</summary>
    public INamedTypeSymbol? FigureAttribute { get; }

    /// <summary><c>FactGen.Figure.Unsourced</c>.</summary>
    public IMethodSymbol? Unsourced { get; }

    /// <summary><c>FactGen.FigureArithmetic</c>, whose methods derive figures from facts; absent in runtimes older than it.</summary>
    public INamedTypeSymbol? Arithmetic { get; }

    /// <summary><c>System.Console</c>.</summary>
    public INamedTypeSymbol? Console { get; }

    /// <summary><c>System.IO.TextWriter</c>.</summary>
    public INamedTypeSymbol? TextWriter { get; }

    /// <summary><c>System.Text.StringBuilder</c>.</summary>
    public INamedTypeSymbol? StringBuilder { get; }

    /// <summary><c>System.ComponentModel.LocalizableAttribute</c>, which CA1303 reads too.</summary>
    public INamedTypeSymbol? LocalizableAttribute { get; }

    /// <summary>The name of the runtime assembly, which every assembly with generated facts references.</summary>
    public string RuntimeAssemblyName => FactType.ContainingAssembly.Name;

    /// <summary>The symbols, or null when the compilation does not reference the FactGen runtime.</summary>
    public static FigureSymbols? Resolve(Compilation compilation)
        => compilation.GetTypeByMetadataName("FactGen.Fact`1") is { } factType
           && compilation.GetTypeByMetadataName("FactGen.GeneratedFactsAttribute") is { } attribute
            ? new FigureSymbols(compilation, factType, attribute)
            : null;

    /// <summary>Whether <paramref name="symbol"/> carries <c>[Figure]</c>.</summary>
    public bool IsMarkedFigure(ISymbol symbol)
        => FigureAttribute is not null
           && symbol.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, FigureAttribute));

    /// <summary>Whether <paramref name="symbol"/> (a parameter or property) carries <c>[Localizable(true)]</c>.</summary>
    public bool IsMarkedLocalizable(ISymbol symbol)
        => LocalizableAttribute is not null
           && symbol.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, LocalizableAttribute)
                                                      && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is true);

    /// <summary>
    /// Whether <paramref name="argument"/> is a number that a <c>FigureArithmetic</c> method derives a figure with (the
    /// factor of <c>Times</c>, the places of <c>Round</c>): the derived figure's note shows it beside the facts it
    /// stands on, so it is no figure of its own, and no stored fact either.
    /// </summary>
    public bool IsDerivationOperand(IArgumentOperation argument)
        => Arithmetic is not null
           && argument is { Parent: IInvocationOperation invocation, Parameter: { Ordinal: > 0, Type.SpecialType: SpecialType.System_Decimal or SpecialType.System_Int32 } }
           && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, Arithmetic);

    /// <summary>
    /// Whether <paramref name="method"/> writes text for a reader: <c>Console.Write*</c>, <c>TextWriter.Write*</c>,
    /// <c>StringBuilder.Append*</c>/<c>Insert</c>, <c>string.Format</c>/<c>Concat</c>.
    /// </summary>
    public bool IsOutputMethod(IMethodSymbol method)
    {
        var type = method.ContainingType;
        return s_builtInWriters.TryGetValue(method.Name, out var writer) && writer switch
        {
            Writer.ConsoleOrTextWriter => SymbolEqualityComparer.Default.Equals(type, Console) || DerivesFrom(type, TextWriter),
            Writer.StringBuilder => SymbolEqualityComparer.Default.Equals(type, StringBuilder),
            _ => type.SpecialType == SpecialType.System_String,
        };
    }

    /// <summary>Whether a method called <paramref name="name"/> may be a built-in writer (<see cref="IsOutputMethod"/>).</summary>
    public static bool IsBuiltInWriterName(string name) => s_builtInWriters.ContainsKey(name);

    /// <summary>The built-in writers' method names, each with the types that write with it.</summary>
    private static readonly Dictionary<string, Writer> s_builtInWriters = new(StringComparer.Ordinal)
    {
        ["Write"] = Writer.ConsoleOrTextWriter,
        ["WriteLine"] = Writer.ConsoleOrTextWriter,
        ["Append"] = Writer.StringBuilder,
        ["AppendLine"] = Writer.StringBuilder,
        ["AppendFormat"] = Writer.StringBuilder,
        ["Insert"] = Writer.StringBuilder,
        ["Format"] = Writer.String,
        ["Concat"] = Writer.String,
    };

    private enum Writer
    {
        ConsoleOrTextWriter,
        StringBuilder,
        String,
    }

    /// <summary>
    /// Whether a built-in writer (<see cref="IsOutputMethod"/>) writes what is given to <paramref name="parameter"/>:
    /// all but the integers it takes beside the value to place or repeat it (<c>Write(char[] buffer, int index, int
    /// count)</c>, <c>Append(char value, int repeatCount)</c>, <c>Insert(int index, string value)</c>).
    /// </summary>
    public static bool IsWrittenByBuiltInWriter(IParameterSymbol? parameter)
        => parameter is not { Type.SpecialType: SpecialType.System_Int32 } || parameter.Name == "value";

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
