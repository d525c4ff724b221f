using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FactGen.Generators.Diagnostics;
using FactGen.Model;
using FactGen.Model.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generators.Figures;

/// <summary>
/// Judges each literal, and each use of a constant, of one compilation: is it a figure, is it a known fact, does it
/// reach a reader. What a code fix needs goes into the diagnostic's properties under the names of
/// <see cref="FigureProperties"/>.
/// </summary>
internal sealed class FigureReporter
{
    private readonly Compilation _compilation;
    private readonly FigureSymbols _symbols;
    private readonly Lazy<KnownFacts> _facts;
    private readonly string _factsNamespace;

    public FigureReporter(Compilation compilation, FigureSymbols symbols, Lazy<KnownFacts> facts, string factsNamespace)
    {
        _compilation = compilation;
        _symbols = symbols;
        _facts = facts;
        _factsNamespace = factsNamespace;
    }

    public void AnalyzeLiteral(OperationAnalysisContext context, FigureOptions options)
    {
        // The cheap tests come first: most literals are strings without a digit, small numbers, or nowhere a reader
        // sees them, and only what is left is walked up to its root.
        var literal = (ILiteralOperation)context.Operation;
        if (options.Scope == FigureScope.None || literal.ConstantValue is not { HasValue: true, Value: { } value })
        {
            return;
        }

        if (value is string text)
        {
            var token = literal.Syntax switch
            {
                LiteralExpressionSyntax expression => expression.Token,
                InterpolatedStringTextSyntax part => part.TextToken,
                _ => default,
            };
            if (token != default && HasDigit(text)
                && (options.Scope == FigureScope.All || FigurePlaces.IsInterpolatedText(literal) || FigurePlaces.ReachOf(literal, _symbols) != Reach.None)
                && !FigurePlaces.IsNeverAFigure(literal, _symbols))
            {
                ReportText(context, options, text, token, literal.Syntax.GetLocation());
            }

            return;
        }

        if (ToNumber(value) is not { } magnitude)
        {
            return;
        }

        var signed = FigurePlaces.WithSign(literal);
        var number = signed == literal ? magnitude : -magnitude;
        if (options.IsTooSmall(number))
        {
            return;
        }

        var reach = FigurePlaces.ReachOf(signed, _symbols);
        if ((options.Scope == FigureScope.All || reach != Reach.None) && !FigurePlaces.IsNeverAFigure(literal, _symbols))
        {
            ReportNumber(context, number, signed, reach);
        }
    }

    public void AnalyzeConstantUse(OperationAnalysisContext context, FigureOptions options)
    {
        var value = context.Operation switch
        {
            IFieldReferenceOperation { Field.ContainingType.TypeKind: TypeKind.Enum } => null,
            IFieldReferenceOperation { Field: { IsConst: true, HasConstantValue: true } field } => field.ConstantValue,
            IFieldReferenceOperation { Field: var field } => FigurePlaces.ReadOnlyLiteralValue(field),
            ILocalReferenceOperation { Local: { IsConst: true, HasConstantValue: true } local } => local.ConstantValue,
            _ => null,
        };
        // Most references are to variables: they leave before the walk that finds where the value goes.
        if (value is null || options.Scope == FigureScope.None)
        {
            return;
        }

        var reach = FigurePlaces.ReachOf(context.Operation, _symbols);
        if (reach == Reach.None || FigurePlaces.IsNeverAFigure(context.Operation, _symbols))
        {
            return;
        }

        if (value is string text)
        {
            // The figure is in the constant's declaration; the use is where it reaches the reader, so it is reported
            // here, with no fix that would edit a text elsewhere.
            ReportText(context, options, text, default, context.Operation.Syntax.GetLocation());
        }
        else if (ToNumber(value) is { } number && !options.IsTooSmall(number))
        {
            ReportNumber(context, number, context.Operation, reach);
        }
    }

    private void ReportNumber(OperationAnalysisContext context, decimal number, IOperation figure, Reach reach)
    {
        var written = figure.Syntax.ToString();
        var facts = _facts.Value.Find(new FigureKey(FigureKind.Number, number, null));
        if (facts.Count > 0)
        {
            // A fix is offered only for facts whose value converts to what the code expects here; where the value
            // becomes text, overload resolution finds a Write or Append for any type.
            var target = FigurePlaces.TargetType(figure);
            var fitting = facts.Where(fact => reach == Reach.AsText || target is null || _compilation.ClassifyCommonConversion(fact.ValueType, target).IsImplicit).ToList();
            ReportKnownFact(context, figure.Syntax.GetLocation(), written, facts, FigureProperties.NumberKind, fitting);
        }
        else
        {
            ReportUnsourced(context, figure.Syntax.GetLocation(), written, FigureProperties.NumberKind, FormatPlain(number));
        }
    }

    /// <summary>
    /// The figures of <paramref name="text"/>, each at its place in <paramref name="token"/>; with no token (the use of
    /// a constant) or where escapes hide the place, on <paramref name="whole"/>, with no fix.
    /// </summary>
    private void ReportText(OperationAnalysisContext context, FigureOptions options, string text, SyntaxToken token, Location whole)
    {
        foreach (var mention in FigureMentions.Find(text))
        {
            if (mention.End <= mention.Start || (mention.Forms & (FigureForms.Words | FigureForms.Decade)) != 0)
            {
                continue;
            }

            var key = (mention.Forms & FigureForms.Percent) != 0 ? new FigureKey(FigureKind.Percent, mention.Low, null)
                : mention.Currency is { } currency ? new FigureKey(FigureKind.Money, mention.Low, currency)
                : new FigureKey(FigureKind.Number, mention.Low, null);
            var written = text.Substring(mention.Start, mention.End - mention.Start);
            var facts = _facts.Value.Find(key);
            var isBareNumber = !mention.IsFormatted;
            if (isBareNumber && (facts.Count == 0 || options.IsTooSmall(mention.Low) || IsYear(written)))
            {
                // Bare digits in a text are page numbers, codes and years far more often than figures: only a value
                // that a fact holds is worth a word.
                continue;
            }

            var location = token == default ? whole : LocationInToken(token, text, mention) ?? whole;
            var kind = location != whole ? FigureProperties.TextKind : FigureProperties.NoFixKind;
            if (facts.Count > 0)
            {
                ReportKnownFact(context, location, written, facts, kind, facts);
            }
            else
            {
                ReportUnsourced(context, location, written, kind, written);
            }
        }
    }

    private static void ReportKnownFact(OperationAnalysisContext context, Location location, string written, IReadOnlyList<KnownFact> facts, string kind, IReadOnlyList<KnownFact> fixable)
    {
        var properties = ImmutableDictionary.CreateRange(new[]
        {
            new KeyValuePair<string, string?>(FigureProperties.Kind, kind),
            new KeyValuePair<string, string?>(FigureProperties.Facts, FigureProperties.EncodeFacts(fixable)),
        });

        // Each fact named as the code can write it where the figure is: by its class alone only where that finds it.
        var model = context.Operation.SemanticModel!;
        var use = string.Join(" or ", facts.Select(fact => WhatToWrite(fact.DisplayMemberAt(model, location.SourceSpan.Start), kind)));
        context.ReportDiagnostic(Diagnostic.Create(
            FactDescriptors.Get(FactRules.FigureIsAFact.Id),
            location,
            properties,
            written,
            NameFacts(facts),
            use));
    }

    private static string WhatToWrite(string member, string kind)
        => kind == FigureProperties.TextKind ? $"{{{member}.ValueText}} in an interpolated string" : $"{member}.Value";

    private void ReportUnsourced(OperationAnalysisContext context, Location location, string written, string kind, string yamlValue)
    {
        var properties = ImmutableDictionary.CreateRange(new[]
        {
            new KeyValuePair<string, string?>(FigureProperties.Kind, kind),
            new KeyValuePair<string, string?>(FigureProperties.Value, yamlValue),
            new KeyValuePair<string, string?>(FigureProperties.Namespace, _factsNamespace),
        });
        context.ReportDiagnostic(Diagnostic.Create(FactDescriptors.Get(FactRules.UnsourcedFigure.Id), location, properties, written));
    }

    private static string NameFacts(IReadOnlyList<KnownFact> facts)
    {
        var names = facts.Select(fact => $"'{fact.Id}'").ToList();
        return names.Count == 1
            ? "the fact " + names[0]
            : "the facts " + string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
    }

    /// <summary>Where the figure is inside the literal's source text; null when escapes make the source differ.</summary>
    private static Location? LocationInToken(SyntaxToken token, string value, FigureMention mention)
    {
        var figure = value.Substring(mention.Start, mention.End - mention.Start);
        var occurrence = 0;
        for (var index = value.IndexOf(figure, StringComparison.Ordinal); index >= 0 && index < mention.Start; index = value.IndexOf(figure, index + 1, StringComparison.Ordinal))
        {
            occurrence++;
        }

        var source = token.Text;
        var position = source.IndexOf(figure, StringComparison.Ordinal);
        for (var i = 0; i < occurrence && position >= 0; i++)
        {
            position = source.IndexOf(figure, position + 1, StringComparison.Ordinal);
        }

        return position < 0 || token.SyntaxTree is not { } tree
            ? null
            : Location.Create(tree, new TextSpan(token.SpanStart + position, figure.Length));
    }

    /// <summary>Every figure the rules read in a text has a digit; most strings have none.</summary>
    private static bool HasDigit(string text)
    {
        foreach (var character in text)
        {
            if (character is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYear(string written)
        => written.Length == 4 && written[0] is '1' or '2' && written.All(char.IsDigit);

    private static decimal? ToNumber(object value)
    {
        try
        {
            return value switch
            {
                int number => number,
                long number => number,
                short number => number,
                ushort number => number,
                uint number => number,
                ulong number => number,
                byte number => number,
                sbyte number => number,
                decimal number => number,
                double number when !double.IsNaN(number) && !double.IsInfinity(number) => (decimal)number,
                float number when !float.IsNaN(number) && !float.IsInfinity(number) => (decimal)number,
                _ => null,
            };
        }
        catch (OverflowException)
        {
            // A double beyond decimal's range is no figure a fact could hold.
            return null;
        }
    }

    private static string FormatPlain(decimal number) => number.ToString("0.############################", CultureInfo.InvariantCulture);
}
