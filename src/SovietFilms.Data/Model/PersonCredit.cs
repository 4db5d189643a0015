using System;
using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>A person's part in one film: the role, the character played or sung, and for whom a voice sang or spoke. Immutable.</summary>
public sealed class PersonCredit
{
    private readonly IReadOnlyList<string> sourceUrls;
    private IReadOnlyList<Uri>? sources;

    internal PersonCredit(Person person, PersonRole role, string? character, Person? performer, IReadOnlyList<string> sources)
    {
        Person = person;
        Role = role;
        Character = character;
        For = performer;
        sourceUrls = sources;
    }

    /// <summary>The person credited.</summary>
    public Person Person { get; }

    /// <summary>How the person takes part.</summary>
    public PersonRole Role { get; }

    /// <summary>The part played, sung or danced, such as "Tatyana Larina"; <see langword="null"/> where there is none or no source gives it.</summary>
    public string? Character { get; }

    /// <summary>
    /// For a <see cref="PersonRole.SingingVoice"/>, <see cref="PersonRole.Voice"/> or <see cref="PersonRole.Soloist"/>,
    /// the performer seen on screen whom this person sang, spoke or played for, credited in the same film; otherwise
    /// <see langword="null"/>.
    /// </summary>
    public Person? For { get; }

    /// <summary>Where the credit was read, when not in the film's own sources: absolute http or https URLs.</summary>
    public IReadOnlyList<Uri> Sources => Urls.Once(ref sources, sourceUrls);

    /// <summary>Returns the person, role, character and performer, such as "Galina Vishnevskaya (SingingVoice: Tatyana Larina, for Ariadna Shengelaya)".</summary>
    /// <returns>A short description for display and debugging.</returns>
    public override string ToString()
    {
        var details = Character is null ? Role.ToString() : $"{Role}: {Character}";
        return For is null ? $"{Person.Name} ({details})" : $"{Person.Name} ({details}, for {For.Name})";
    }
}
