using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SovietFilms.Data;

namespace SovietFilms.Cli;

/// <summary>The filters given on the command line, parsed and checked.</summary>
internal sealed class ListOptions
{
    public int? Year { get; private set; }

    public int? From { get; private set; }

    public int? To { get; private set; }

    public int? Decade { get; private set; }

    public List<Theme> Themes { get; } = [];

    public bool AnyTheme { get; private set; }

    public string? Composer { get; private set; }

    public ComposerRole? Role { get; private set; }

    public bool VerifiedOnly { get; private set; }

    public bool Help { get; private set; }

    /// <summary>Parses <paramref name="args"/>; throws <see cref="UsageException"/> with a one-line message on bad input.</summary>
    public static ListOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ListOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    options.Help = true;
                    break;
                case "--year":
                    options.Year = ParseYear(arg, Value(args, ref i));
                    break;
                case "--from":
                    options.From = ParseYear(arg, Value(args, ref i));
                    break;
                case "--to":
                    options.To = ParseYear(arg, Value(args, ref i));
                    break;
                case "--decade":
                    options.Decade = ParseDecade(Value(args, ref i));
                    break;
                case "--theme":
                    options.Themes.Add(ParseTheme(Value(args, ref i)));
                    break;
                case "--any-theme":
                    options.AnyTheme = true;
                    break;
                case "--composer":
                    options.Composer = Value(args, ref i);
                    if (!options.Composer.Any(char.IsLetterOrDigit))
                    {
                        throw new UsageException("--composer needs a name with at least one letter");
                    }

                    break;
                case "--role":
                    options.Role = ParseRole(Value(args, ref i));
                    break;
                case "--verified":
                    options.VerifiedOnly = true;
                    break;
                default:
                    throw new UsageException($"unknown option '{arg}'; run with --help to see the options");
            }
        }

        if (options.From is { } from && options.To is { } to && from > to)
        {
            throw new UsageException($"--from {from} is later than --to {to}");
        }

        if (options.Role is not null && options.Composer is null)
        {
            throw new UsageException("--role needs --composer");
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException($"{args[i]} needs a value");
        }

        return args[++i];
    }

    private static int ParseYear(string option, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 9999
            ? year
            : throw new UsageException($"{option} expects a four-digit year such as 1970, not '{text}'");

    private static int ParseDecade(string text)
    {
        var digits = text.EndsWith('s') ? text[..^1] : text;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var decade) && decade is >= 1000 and <= 9999 && decade % 10 == 0
            ? decade
            : throw new UsageException($"--decade expects the first year of a decade such as 1970 or 1970s, not '{text}'");
    }

    private static Theme ParseTheme(string text)
    {
        var key = Canonical(text);
        foreach (var theme in Enum.GetValues<Theme>())
        {
            if (Canonical(theme.ToString()) == key)
            {
                return theme;
            }
        }

        throw new UsageException($"unknown theme '{text}'; themes are: {string.Join(", ", Enum.GetValues<Theme>().Select(Kebab))}");
    }

    private static ComposerRole ParseRole(string text)
    {
        foreach (var role in Enum.GetValues<ComposerRole>())
        {
            if (Canonical(role.ToString()) == Canonical(text))
            {
                return role;
            }
        }

        throw new UsageException($"unknown role '{text}'; roles are: subject, music, score");
    }

    /// <summary>Lowercase letters only, so "coming-of-age", "ComingOfAge" and "coming of age" are one theme.</summary>
    private static string Canonical(string text) => new(text.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());

    internal static string Kebab(Theme theme) =>
        string.Concat(theme.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
