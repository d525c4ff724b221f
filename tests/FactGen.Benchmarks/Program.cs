using System;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

namespace FactGen.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/FactGen.Benchmarks -- --filter '*'</c>.
/// <c>--smoke</c> instead runs each benchmark once, with its first parameters, and measures nothing: CI's check that
/// they still work.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--smoke"])
        {
            Smoke();
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static void Smoke()
    {
        var classes = typeof(Program).Assembly.GetTypes().Where(type => type.GetMethods().Any(method => method.GetCustomAttribute<BenchmarkAttribute>() is not null));
        foreach (var type in classes.OrderBy(type => type.Name, StringComparer.Ordinal))
        {
            var instance = Activator.CreateInstance(type)!;
            foreach (var property in type.GetProperties())
            {
                if (property.GetCustomAttribute<ParamsAttribute>() is { } values)
                {
                    property.SetValue(instance, values.Values[0]);
                }
            }

            Invoke<GlobalSetupAttribute>(instance);
            foreach (var benchmark in type.GetMethods().Where(method => method.GetCustomAttribute<BenchmarkAttribute>() is not null))
            {
                Invoke<IterationSetupAttribute>(instance);
                benchmark.Invoke(instance, null);
                Invoke<IterationCleanupAttribute>(instance);
                Console.WriteLine($"{type.Name}.{benchmark.Name}: ran");
            }

            Invoke<GlobalCleanupAttribute>(instance);
        }
    }

    private static void Invoke<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods().Where(method => method.GetCustomAttribute<TAttribute>() is not null))
        {
            method.Invoke(instance, null);
        }
    }
}
