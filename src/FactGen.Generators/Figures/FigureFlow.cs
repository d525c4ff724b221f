using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FactGen.Generators.Figures;

/// <summary>How a value reaches a reader.</summary>
internal enum Reach
{
    /// <summary>Turned into text, where a value of any type may stand in its place.</summary>
    AsText,

    /// <summary>As a value of its type, into a parameter, property or field marked <c>[Figure]</c>.</summary>
    AsTypedValue,
}

/// <summary>Where a figure reaches a reader: how, through which member, and in which member that happens.</summary>
internal sealed record Sink(Reach Reach, string Writer, string Place)
{
    /// <summary>The words of the diagnostic: <c>reaches Console.WriteLine in Program.Main</c>.</summary>
    public override string ToString() => $"reaches {Writer} in {Place}";
}

/// <summary>
/// Follows a figure's value from its literal to the place where a reader meets it, within the compilation: through
/// locals, fields and properties (their initializers and assignments, then every read), method and property returns
/// (then every call), concatenation, interpolation, conditionals, <c>ToString()</c> and <c>Trim()</c>-like string methods; a text figure also through the
/// parameters of the compilation's own methods, and into a library's string parameters. One per compilation; the search is bounded by
/// <see cref="MaxMemberSteps"/>, <see cref="MaxUsesPerMember"/> and <see cref="MaxVisits"/>, and the uses of each member
/// are found once: by a search for the name in each syntax tree's text first, then bound only where an identifier of
/// that name stands.
/// </summary>
internal sealed class FigureFlow
{
    /// <summary>How many members a figure is followed through: a return to its calls, a field or property to its reads.</summary>
    public const int MaxMemberSteps = 3;

    /// <summary>The uses of one member that are followed, in source order; a member used more often is followed this far.</summary>
    public const int MaxUsesPerMember = 64;

    /// <summary>The values one figure's search looks at, at most.</summary>
    public const int MaxVisits = 256;

    private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<bool>> s_marksParameters = new();

    private readonly Compilation _compilation;
    private readonly FigureSymbols _symbols;
    private readonly AnalyzerOptions _options;
    private readonly Lazy<bool> _callsMayWriteNumbers;
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>> _uses = new(SymbolEqualityComparer.Default);

    // Members of one name (a MaxDepth or Count in many classes) find the same identifiers: each tree is searched for a
    // name once, and each identifier bound once, rather than once for every member of that name that is followed.
    private readonly ConcurrentDictionary<(SyntaxTree Tree, string Name), ImmutableArray<SyntaxToken>> _namesInTrees = new();
    private readonly ConcurrentDictionary<SyntaxNode, IOperation?> _operations = new();

    public FigureFlow(Compilation compilation, FigureSymbols symbols, AnalyzerOptions options)
    {
        _compilation = compilation;
        _symbols = symbols;
        _options = options;
        _callsMayWriteNumbers = new(CallsMayWriteNumbers, LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>
    /// Whether the syntax shows that a number at <paramref name="value"/> goes no further than a call that cannot
    /// write it, so that it need not be bound to be followed: climbed through what may hand it on, it is an argument
    /// of a method called by a name that no built-in writer has or passed to it by <c>ref</c>, <c>out</c> or <c>in</c>
    /// (no built-in writer takes one so), or of a constructor (none is a built-in writer), in
    /// a compilation where no other call can write a number (<see cref="CallsMayWriteNumbers"/>). A number is not
    /// followed into a method's parameters, so such an argument is where its flow ends, bound or not.
    /// </summary>
    public bool GoesOnlyToACallThatCannotWriteIt(SyntaxNode value)
        => FigurePlaces.HandedOnFrom(value, isNumber: true).Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var call } } argument
           && call switch
           {
               InvocationExpressionSyntax invocation => !argument.RefKindKeyword.IsKind(SyntaxKind.None)
                                                        || (CalledName(invocation.Expression) is { } name && !FigureSymbols.IsBuiltInWriterName(name)),
               BaseObjectCreationExpressionSyntax => true,
               _ => false,
           }
           && !_callsMayWriteNumbers.Value;

    /// <summary>
    /// Whether a call by another name than a built-in writer's may write a number for a reader in this compilation:
    /// an output method is configured (<c>factgen_output_methods</c>) for any file, or a parameter may be marked to
    /// show one (the code writes <c>Figure</c> or <c>Localizable</c> somewhere, or a reference is built with FactGen
    /// and may carry <c>[Figure]</c>). A library's <c>[Localizable]</c> parameter takes text, which a number is not.
    /// </summary>
    private bool CallsMayWriteNumbers()
    {
        var provider = _options.AnalyzerConfigOptionsProvider;
        return provider.GlobalOptions.TryGetValue(FigureOptions.OutputMethodsKey, out _)
               || _compilation.SyntaxTrees.Any(tree => provider.GetOptions(tree).TryGetValue(FigureOptions.OutputMethodsKey, out _)
                                                       || MayMarkParameters(tree))
               || _compilation.SourceModule.ReferencedAssemblySymbols.Any(assembly => KnownFacts.IsBuiltWithFactGen(assembly, _symbols));
    }

    /// <summary>
    /// Whether the code of <paramref name="tree"/> writes <c>Figure</c> or <c>Localizable</c>, as any attribute that
    /// marks a parameter to show a reader its value must; kept while the tree lives, so that the IDE's compilation after
    /// an edit searches only the trees the edit changed.
    /// </summary>
    private static bool MayMarkParameters(SyntaxTree tree)
        => s_marksParameters.GetValue(tree, static tree =>
        {
            var text = tree.GetText();
            return new StrongBox<bool>(SourceTextSearch.Contains(text, "Figure") || SourceTextSearch.Contains(text, "Localizable"));
        }).Value;

    /// <summary>The name a call is made by: <c>Write</c> in <c>Console.Write(…)</c>; null for a call by no name.</summary>
    private static string? CalledName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// The first place, nearest first, where <paramref name="figure"/>'s value reaches a reader, or null. A text figure
    /// (<paramref name="isText"/>) is also followed into the parameters of the compilation's own methods, and reaches
    /// a reader when a library's method takes it as text: text that reads as a figure is written for a reader wherever
    /// it goes, while a number passed on is more often a size or a delay.
    /// </summary>
    public Sink? FindSink(IOperation figure, FigureOptions options, bool isText, CancellationToken cancellationToken)
    {
        var pending = new Queue<(IOperation Value, int Steps)>();
        var seen = new HashSet<IOperation>();
        pending.Enqueue((figure, 0));
        for (var visits = 0; pending.Count > 0 && visits < MaxVisits; visits++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (value, steps) = pending.Dequeue();
            var carrier = Climb(value);
            if (!seen.Add(carrier))
            {
                continue;
            }

            var next = new List<ISymbol>();
            switch (carrier.Parent)
            {
                case IArgumentOperation argument when argument.ArgumentKind != ArgumentKind.DefaultValue:
                    if (SinkOfArgument(argument, options, isText) is { } sink)
                    {
                        return sink;
                    }

                    if (isText && argument.Parameter is { } parameter && IsInSource(parameter.ContainingSymbol))
                    {
                        next.Add(parameter);
                    }

                    break;
                case IReturnOperation @return when @return.ReturnedValue == carrier:
                    next.AddRange(ReturningMember(@return, cancellationToken));
                    break;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    next.Add(declarator.Symbol);
                    break;
                case IAssignmentOperation assignment when assignment.Value == carrier && HandsOnAssigned(assignment):
                    if (SinkOfTarget(assignment.Target, carrier) is { } targetSink)
                    {
                        return targetSink;
                    }

                    next.AddRange(Assigned(assignment.Target));
                    break;
                case IFieldInitializerOperation initializer:
                    if (initializer.InitializedFields.FirstOrDefault(_symbols.IsMarkedFigure) is { } figureField)
                    {
                        return new Sink(Reach.AsTypedValue, "[Figure] " + NameOf(figureField), PlaceOf(carrier));
                    }

                    next.AddRange(initializer.InitializedFields);
                    break;
                case IPropertyInitializerOperation initializer:
                    if (initializer.InitializedProperties.FirstOrDefault(property => _symbols.IsMarkedFigure(property) || _symbols.IsMarkedLocalizable(property)) is { } marked)
                    {
                        return SinkOfMarked(marked, carrier);
                    }

                    next.AddRange(initializer.InitializedProperties);
                    break;
            }

            foreach (var symbol in next)
            {
                // A local is followed in its own body for free; a member or a parameter costs a step.
                var cost = symbol is ILocalSymbol ? 0 : 1;
                if (steps + cost > MaxMemberSteps)
                {
                    continue;
                }

                foreach (var use in UsesOf(symbol, cancellationToken))
                {
                    pending.Enqueue((use, steps + cost));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Up from a value through what hands it on unchanged or as part of a text: conversions, parentheses, signs,
    /// concatenation, interpolation, conditionals, switch arms, params arrays, <c>ToString()</c> and the string's own
    /// methods that return it changed (<c>Trim</c>, <c>ToUpper</c>…).
    /// </summary>
    private static IOperation Climb(IOperation value)
    {
        var current = value;
        while (current.Parent is { } parent && HandsOn(parent, current))
        {
            current = parent;
        }

        return current;
    }

    private static bool HandsOn(IOperation parent, IOperation child) => parent switch
    {
        IConversionOperation or IParenthesizedOperation or IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } => true,
        IInterpolationOperation or IInterpolatedStringTextOperation or IInterpolatedStringOperation or IInterpolatedStringAppendOperation
            or IInterpolatedStringHandlerCreationOperation => true,
        IInvocationOperation { IsImplicit: true, Parent: IInterpolatedStringAppendOperation } => true,
        IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, Parent: IInterpolatedStringAppendOperation } } => true,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } => true,
        IConditionalOperation conditional => conditional.Condition != child,
        ICoalesceOperation or ISwitchExpressionOperation => true,
        ISwitchExpressionArmOperation arm => arm.Value == child,
        IArrayInitializerOperation or IArrayCreationOperation { IsImplicit: true } or ICollectionExpressionOperation { IsImplicit: true } => true,
        IInvocationOperation { TargetMethod.Name: nameof(ToString) } call => call.Instance == child,
        IInvocationOperation { TargetMethod.ContainingType.SpecialType: SpecialType.System_String, Type.SpecialType: SpecialType.System_String } call
            => call.Instance == child,
        _ => false,
    };

    private Sink? SinkOfArgument(IArgumentOperation argument, FigureOptions options, bool isText)
    {
        var method = argument.Parent switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };
        if (method is null)
        {
            return null;
        }

        if ((_symbols.IsOutputMethod(method) && FigureSymbols.IsWrittenByBuiltInWriter(argument.Parameter)) || options.IsOutputMethod(method) || (argument.Parameter is { } localizable && _symbols.IsMarkedLocalizable(localizable))
            || (isText && IsTextForALibrary(method, argument.Parameter)))
        {
            return new Sink(Reach.AsText, WriterOf(method), PlaceOf(argument));
        }

        return argument.Parameter is { } parameter && _symbols.IsMarkedFigure(parameter)
            ? new Sink(Reach.AsTypedValue, "[Figure] " + parameter.Name + " of " + WriterOf(method), PlaceOf(argument))
            : null;
    }

    /// <summary>
    /// Whether text given to <paramref name="parameter"/> leaves the program for a library that shows it: a
    /// <c>string</c> (or <c>params string[]</c>) parameter of a method or constructor declared outside the compilation
    /// (a table's row, markup, a label, an exception's message); not the string's own methods, diagnostics
    /// (<c>System.Diagnostics</c>), regular expressions or <c>Parse</c> methods, which read text rather than show it.
    /// </summary>
    private static bool IsTextForALibrary(IMethodSymbol method, IParameterSymbol? parameter)
    {
        if (parameter is null || IsInSource(method) || method.ContainingType.SpecialType == SpecialType.System_String
            || method.Name.Contains("Parse"))
        {
            return false;
        }

        var type = parameter.OriginalDefinition.Type;
        if (type is IArrayTypeSymbol { ElementType: var element } && parameter.IsParams)
        {
            type = element;
        }

        return type.SpecialType == SpecialType.System_String
               && !IsIn(method.ContainingNamespace, "System", "Diagnostics")
               && !IsIn(method.ContainingNamespace, "System", "Text", "RegularExpressions");
    }

    /// <summary>
    /// Whether <paramref name="space"/> is the namespace of <paramref name="path"/> or inside it; read up its
    /// containing namespaces, since a display string would cost its formatter's first run in every build.
    /// </summary>
    private static bool IsIn(INamespaceSymbol? space, params string[] path)
    {
        var names = new List<string>();
        for (; space is { IsGlobalNamespace: false }; space = space.ContainingNamespace)
        {
            names.Insert(0, space.Name);
        }

        return names.Count >= path.Length && names.Take(path.Length).SequenceEqual(path);
    }

    private Sink? SinkOfTarget(IOperation target, IOperation value) => target switch
    {
        IPropertyReferenceOperation property when _symbols.IsMarkedFigure(property.Property) || _symbols.IsMarkedLocalizable(property.Property)
            => SinkOfMarked(property.Property, value),
        IFieldReferenceOperation field when _symbols.IsMarkedFigure(field.Field) => new Sink(Reach.AsTypedValue, "[Figure] " + NameOf(field.Field), PlaceOf(value)),
        _ => null,
    };

    private Sink SinkOfMarked(ISymbol property, IOperation value)
        => _symbols.IsMarkedFigure(property)
            ? new Sink(Reach.AsTypedValue, "[Figure] " + NameOf(property), PlaceOf(value))
            : new Sink(Reach.AsText, NameOf(property), PlaceOf(value));

    /// <summary>
    /// Whether an assignment hands its value on to its target: a plain one or <c>??=</c> does, a compound one only when
    /// it appends text (<c>+=</c> on a string). After <c>total -= 500</c> or <c>count += 500</c> the target holds no
    /// figure written in the code, as after <c>total = total - 500</c>.
    /// </summary>
    private static bool HandsOnAssigned(IAssignmentOperation assignment)
        => assignment is not ICompoundAssignmentOperation compound
           || (compound.OperatorKind == BinaryOperatorKind.Add && compound.Type?.SpecialType == SpecialType.System_String);

    /// <summary>What an assignment's value goes on in: a local, or a field or property of the compilation.</summary>
    private static IEnumerable<ISymbol> Assigned(IOperation target) => target switch
    {
        ILocalReferenceOperation local => new ISymbol[] { local.Local },
        IFieldReferenceOperation field => new ISymbol[] { field.Field.OriginalDefinition },
        IPropertyReferenceOperation property => new ISymbol[] { property.Property.OriginalDefinition },
        _ => Enumerable.Empty<ISymbol>(),
    };

    /// <summary>The method or property whose value a <c>return</c> gives; none for a lambda's.</summary>
    private static IEnumerable<ISymbol> ReturningMember(IReturnOperation @return, CancellationToken cancellationToken)
    {
        var symbol = @return.SemanticModel?.GetEnclosingSymbol(@return.Syntax.SpanStart, cancellationToken);
        return symbol switch
        {
            IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: { } property } => new[] { property },
            IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction } method => new ISymbol[] { method },
            _ => Enumerable.Empty<ISymbol>(),
        };
    }

    /// <summary>The reads of <paramref name="symbol"/> in the compilation, in source order, at most <see cref="MaxUsesPerMember"/>.</summary>
    private ImmutableArray<IOperation> UsesOf(ISymbol symbol, CancellationToken cancellationToken)
    {
        if (_uses.TryGetValue(symbol, out var known))
        {
            return known;
        }

        var uses = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var (tree, span) in PlacesToSearch(symbol))
        {
            if (uses.Count == MaxUsesPerMember)
            {
                break;
            }

            var root = tree.GetRoot(cancellationToken);
            SemanticModel? model = null;
            var names = span == root.FullSpan
                ? _namesInTrees.GetOrAdd((tree, symbol.Name), key => NamesIn(key.Tree, root, key.Name, span).ToImmutableArray())
                : NamesIn(tree, root, symbol.Name, span);
            foreach (var name in names)
            {
                if (uses.Count == MaxUsesPerMember)
                {
                    break;
                }

                if (Read(model ??= ModelOf(tree), name, symbol, HoldsANumber(symbol), cancellationToken) is { } use)
                {
                    uses.Add(use);
                }
            }
        }

        return _uses.GetOrAdd(symbol, uses.ToImmutable());
    }

    /// <summary>Where the uses of a symbol can be: the body of a local's or parameter's member; a private member's type; else every tree.</summary>
    private IEnumerable<(SyntaxTree Tree, Microsoft.CodeAnalysis.Text.TextSpan Span)> PlacesToSearch(ISymbol symbol)
    {
        if (!IsInSource(symbol))
        {
            return Enumerable.Empty<(SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan)>();
        }

        var scope = symbol is ILocalSymbol or IParameterSymbol ? symbol.ContainingSymbol
            : symbol.DeclaredAccessibility == Accessibility.Private ? symbol.ContainingType
            : null;
        return scope is null
            ? _compilation.SyntaxTrees.Select(tree => (tree, tree.GetRoot().FullSpan))
            : scope.DeclaringSyntaxReferences.Select(reference => (reference.SyntaxTree, reference.Span));
    }

    /// <summary>
    /// The operation that reads <paramref name="symbol"/> at <paramref name="token"/>, or null (a write, another
    /// symbol, or a read that the syntax shows hands the value on to nothing).
    /// </summary>
    private IOperation? Read(SemanticModel model, SyntaxToken token, ISymbol symbol, bool holdsANumber, CancellationToken cancellationToken)
    {
        if (token.Parent is not IdentifierNameSyntax name)
        {
            return null;
        }

        SyntaxNode node = name;
        if (node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
        {
            node = access;
        }

        if (node.Parent is InvocationExpressionSyntax invocation && invocation.Expression == node)
        {
            node = invocation;
        }

        // A use that a comparison or arithmetic uses up, or a number added to a number or given to a call that cannot
        // write it, hands the value on to nothing: it is not bound.
        if (FigurePlaces.IsUsedUpWhereItStands(node, holdsANumber) || (holdsANumber && GoesOnlyToACallThatCannotWriteIt(node)))
        {
            return null;
        }

        if (!_operations.TryGetValue(node, out var operation))
        {
            operation = _operations.GetOrAdd(node, model.GetOperation(node, cancellationToken));
        }

        ISymbol? target = operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field.OriginalDefinition,
            IPropertyReferenceOperation property => property.Property.OriginalDefinition,
            IInvocationOperation call => call.TargetMethod.OriginalDefinition,
            _ => null,
        };
        var isWrite = operation?.Parent is IAssignmentOperation assignment && assignment.Target == operation
                      && assignment is not ICompoundAssignmentOperation;
        return target is not null && !isWrite && SymbolEqualityComparer.Default.Equals(target, symbol) ? operation : null;
    }

    /// <summary>
    /// Whether what <paramref name="symbol"/> holds or returns is a number, or a nullable one, which no text figure
    /// becomes.
    /// </summary>
    private static bool HoldsANumber(ISymbol symbol)
    {
        var type = symbol switch
        {
            ILocalSymbol local => local.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            IMethodSymbol method => method.ReturnType,
            _ => null,
        };
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type?.SpecialType is >= SpecialType.System_SByte and <= SpecialType.System_Double;
    }

    private static bool IsInSource(ISymbol symbol) => symbol.Locations.Any(location => location.IsInSource);

    /// <summary>
    /// The identifiers written <paramref name="name"/> in <paramref name="span"/> of a tree, found by a search of its
    /// text: one ordinal search per member followed is far cheaper than an index of every identifier of every tree,
    /// which a build would make afresh for one search in most trees. A name written with a Unicode escape is not found.
    /// </summary>
    private static IEnumerable<SyntaxToken> NamesIn(SyntaxTree tree, SyntaxNode root, string name, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        foreach (var position in SourceTextSearch.IndexesOf(tree.GetText(), name, span))
        {
            // A whole identifier (not part of a longer one), possibly written with @.
            var token = root.FindToken(position);
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token.Span.End == position + name.Length)
            {
                yield return token;
            }
        }
    }

#pragma warning disable RS1030 // The uses of a member are in other trees, whose models the context does not hold; the
                               // analyzer driver's compilation hands out its cached models, so none is built twice.
    private SemanticModel ModelOf(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

    /// <summary>How the message names a member that writes: <c>Console.WriteLine</c>, <c>new Markup</c>.</summary>
    private static string WriterOf(IMethodSymbol method)
        => method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;

    private static string NameOf(ISymbol member) => member.ContainingType.Name + "." + member.Name;

    /// <summary>The member a write is in, as the message names it: <c>Program.Main</c> (top-level statements too).</summary>
    private static string PlaceOf(IOperation operation)
    {
        var symbol = operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart);
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        var member = symbol is IMethodSymbol { AssociatedSymbol: { } property } ? property : symbol;
        return member switch
        {
            null => "the code",
            IMethodSymbol { Name: WellKnownMemberNames.TopLevelStatementsEntryPointMethodName } main => main.ContainingType.Name + ".Main",
            IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor => "new " + constructor.ContainingType.Name,
            INamedTypeSymbol type => type.Name,
            _ => NameOf(member),
        };
    }
}
