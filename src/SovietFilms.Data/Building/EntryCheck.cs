using System;
using System.Collections.Generic;

namespace SovietFilms.Data.Building;

/// <summary>The forms a text value of the format may be required to have.</summary>
internal enum TextForm
{
    /// <summary>Any text that is not blank.</summary>
    Text,

    /// <summary>An id: lowercase ASCII letters, digits and single hyphens.</summary>
    Id,

    /// <summary>An absolute http or https URL with a host.</summary>
    Url,

    /// <summary>An ISO 3166 alpha-2 code.</summary>
    Country,

    /// <summary>An IMDb title id, <c>tt</c> and seven or more digits.</summary>
    ImdbId,
}

/// <summary>
/// Checks the values of one entry against the format's rules and bounds, reporting each problem at its place
/// through the entry's <see cref="EntryOrigin"/>. One instance per entry; <see cref="Failed"/> says whether any was found.
/// </summary>
internal sealed class EntryCheck
{
    private readonly ProblemList problems;
    private readonly CatalogLoadOptions limits;
    private readonly EntryOrigin origin;
    private readonly CatalogEntryKind? kind;
    private readonly string? id;

    public EntryCheck(ProblemList problems, CatalogLoadOptions limits, EntryOrigin origin, CatalogEntryKind? kind, string? id)
    {
        this.problems = problems;
        this.limits = limits;
        this.origin = origin;
        this.kind = kind;
        this.id = id is not null && Ids.IsId(id) ? id : null;
    }

    public bool Failed { get; private set; }

    public void Problem(CatalogProblemKind problem, in FieldPlace at, string message)
    {
        Failed = true;
        problems.Add(origin.Problem(problem, kind, id, at, message));
    }

    public void Missing(in FieldPlace at) => Problem(CatalogProblemKind.Missing, at, "required field is missing");

    /// <summary>Checks a text value; false (with a problem) if it breaks its form or the length bound.</summary>
    public bool Text(string value, TextForm form, in FieldPlace at)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Problem(CatalogProblemKind.InvalidValue, at, "expected a non-empty string, found an empty one");
            return false;
        }

        if (value.Length > limits.MaxStringLength)
        {
            Problem(CatalogProblemKind.Bound, at, $"expected at most {limits.MaxStringLength} characters, found {value.Length}");
            return false;
        }

        var message = form switch
        {
            _ when UnsafeAt(value) is var unsafeAt and >= 0 =>
                $"expected text without control characters, line separators, bidirectional overrides or unpaired surrogates, found U+{(int)value[unsafeAt]:X4} at character {unsafeAt + 1}",
            TextForm.Id when !Ids.IsId(value) => $"expected an id of lowercase letters, digits and single hyphens (such as \"tchaikovsky-1970\"), found {Quote.Of(value)}",
            TextForm.Url when !IsHttpUrl(value) => $"expected an absolute http or https URL, found {Quote.Of(value)}",
            TextForm.Country when !Country.IsWellFormedCode(value) => $"expected an ISO 3166 alpha-2 code such as \"SU\", found {Quote.Of(value)}",
            TextForm.ImdbId when !IsImdbId(value) => $"expected an IMDb title id such as \"tt0065127\", found {Quote.Of(value)}",
            _ => null,
        };
        if (message is not null)
        {
            Problem(CatalogProblemKind.InvalidValue, at, message);
            return false;
        }

        return true;
    }

    private static int UnsafeAt(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (Quote.IsUnsafeAt(value, i))
            {
                return i;
            }
        }

        return -1;
    }

    public void Int(int value, int min, int max, in FieldPlace at)
    {
        if (value < min || value > max)
        {
            Problem(CatalogProblemKind.OutOfRange, at, $"expected a whole number from {min} to {max}, found {value}");
        }
    }

    public void Choice<TEnum>(TEnum value, Vocabulary<TEnum> vocabulary, in FieldPlace at)
        where TEnum : struct, Enum
    {
        if (!Enums.IsDefined(value))
        {
            Problem(CatalogProblemKind.InvalidValue, at, $"expected one of {vocabulary}; found {value}");
        }
    }

    /// <summary>Checks a list's length: within the bound, and not empty when <paramref name="required"/>.</summary>
    public void Length<T>(IReadOnlyList<T> list, bool required, in FieldPlace at)
    {
        if (list.Count > limits.MaxListLength)
        {
            Problem(CatalogProblemKind.Bound, at, $"expected at most {limits.MaxListLength} items, found {list.Count}");
        }
        else if (required && list.Count == 0)
        {
            Problem(CatalogProblemKind.Missing, at, "expected at least one item, found an empty array");
        }
    }

    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    private static bool IsImdbId(string id)
    {
        if (id.Length is < 9 or > 12 || !id.StartsWith("tt", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 2; i < id.Length; i++)
        {
            if (id[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The form of the format's ids.</summary>
internal static class Ids
{
    public static bool IsId(string id)
    {
        if (id.Length is 0 or > 100 || id[0] == '-' || id[id.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
