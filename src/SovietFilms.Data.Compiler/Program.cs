using System;
using System.IO;
using SovietFilms.Data;
using SovietFilms.Data.Format;

// SovietFilms.Data.Compiler <catalog.json> <output.cs>: loads the catalogue as FilmCatalog.Load does, with every
// check, and writes its compiled form as the C# source of EmbeddedCatalog, which the library compiles. A catalogue
// with problems is a build error that lists them, in the form MSBuild shows, and leaves no output behind.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: SovietFilms.Data.Compiler <catalog.json> <output.cs>");
    return 2;
}

var (source, target) = (args[0], args[1]);
FilmCatalog catalog;
try
{
    using var stream = File.OpenRead(source);
    catalog = FilmCatalog.Load(stream);
}
catch (CatalogFormatException e)
{
    foreach (var problem in e.Problems)
    {
        Console.Error.WriteLine($"{source}: error SFC0001: {problem}");
    }

    return 1;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"{source}: error SFC0002: cannot read the catalogue: {e.Message}");
    return 1;
}

var temporary = target + ".tmp";
try
{
    File.WriteAllText(temporary, EmbeddedCatalogSource.Of(CompiledCatalog.Encode(catalog), catalog.DataVersion));
    File.Move(temporary, target, overwrite: true);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    File.Delete(temporary);
    Console.Error.WriteLine($"{target}: error SFC0003: cannot write the compiled catalogue: {e.Message}");
    return 1;
}

Console.WriteLine($"{source}: {catalog.Films.Count} films, data {catalog.DataVersion}, compiled to {target}");
return 0;
