using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using SovietFilms.Data.Csv;

namespace SovietFilms.Data.Tests;

/// <summary>Walks the public API by reflection: nothing a caller gets can be changed, by a setter or through a cast.</summary>
public sealed class ImmutabilityTests
{
    private static readonly Type[] PublicTypes = typeof(FilmCatalog).Assembly.GetExportedTypes()
        .Concat(typeof(FilmCsv).Assembly.GetExportedTypes())
        .ToArray();

    [Fact]
    public void Every_public_class_is_sealed_static_or_closed_to_subclasses_outside()
    {
        // Person is open only to Composer: its constructors are internal or private protected, which no other assembly can call.
        PublicTypes.Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Any(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly))
            .Should().BeEmpty("a subclass could add mutable state to what callers treat as immutable");
        typeof(Composer).BaseType.Should().Be<Person>();
    }

    [Fact]
    public void No_public_property_has_a_setter_other_than_init()
    {
        var setters = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        setters.Should().BeEmpty();
    }

    [Fact]
    public void No_public_field_is_writable()
    {
        PublicTypes.Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
            .Should().BeEmpty();
    }

    [Fact]
    public void Every_list_reachable_from_the_catalogue_refuses_changes_through_a_cast()
    {
        var catalog = FilmCatalog.Default;
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var lists = new List<(string Path, object List)>();
        Walk(catalog, "Default", seen, lists);
        Walk(catalog.Search("Tchaikovsky"), "Search", seen, lists);
        Walk(catalog.Search("zzzzzzzzzz"), "Search(empty)", seen, lists);
        Walk(catalog.Related(catalog.Films[0]), "Related", seen, lists);
        Walk(catalog.Query().WithTheme(Theme.Opera).ToList(), "Query", seen, lists);
        Walk(((Func<FilmCatalog>)(() => new FilmCatalogBuilder(" ").Build())).Should().Throw<CatalogFormatException>().Which.Problems, "Problems", seen, lists);
        var csv = new System.IO.StringWriter();
        SovietFilms.Data.Csv.FilmCsv.Write(catalog.Films, csv);
        Walk(SovietFilms.Data.Csv.FilmCsv.Read(new System.IO.StringReader(csv.ToString())), "Csv", seen, lists);
        Walk(new FilmCatalogBuilder("x").Build().With(TestCatalog.Reload(catalog.Subset(catalog.Films.Take(20)))), "With", seen, lists);

        lists.Should().HaveCountGreaterThan(100, "the walk reaches every film's lists");
        foreach (var (path, list) in lists)
        {
            list.GetType().IsArray.Should().BeFalse(path);
            list.GetType().IsGenericType.Should().BeTrue(path);
            list.GetType().GetGenericTypeDefinition().Should().NotBe(typeof(List<>), path);
            if (list is IList nonGeneric)
            {
                nonGeneric.IsReadOnly.Should().BeTrue(path);
                if (nonGeneric.Count > 0)
                {
                    ((Action)(() => nonGeneric[0] = nonGeneric[0])).Should().Throw<NotSupportedException>(path);
                }

                ((Action)(() => nonGeneric.Clear())).Should().Throw<NotSupportedException>(path);
            }
        }
    }

    private static void Walk(object value, string path, HashSet<object> seen, List<(string, object)> lists)
    {
        if (value is string || value.GetType().IsValueType || value is Uri || !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items && value.GetType().Assembly != typeof(FilmCatalog).Assembly)
        {
            lists.Add((path, value));
            var index = 0;
            foreach (var item in items)
            {
                if (item is not null)
                {
                    Walk(item, $"{path}[{index++}]", seen, lists);
                }
            }

            return;
        }

        if (value.GetType().Assembly != typeof(FilmCatalog).Assembly || value is FilmQuery)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetValue(value) is { } child)
            {
                Walk(child, $"{path}.{property.Name}", seen, lists);
            }
        }
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
