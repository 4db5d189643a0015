using System;
using System.Collections.Generic;
using System.Linq;
using SovietFilms.Data.Indexing;

namespace SovietFilms.Data.Search;

/// <summary>Ranks the films of a catalogue by what they share with one film.</summary>
internal static class RelatedFilms
{
    private const double WorkWeight = 5;
    private const double ComposerWeight = 3;
    private const double DirectorWeight = 3;
    private const double PeopleWeight = 2;
    private const double ThemeWeight = 1;
    private const double TitleWeight = 2;
    private const double DecadeWeight = 0.5;

    public static IReadOnlyList<RelatedFilm> Find(Film film, IReadOnlyList<Film> films, FilmIndex index, int max)
    {
        // Titles compared in normalized form, made once per catalogue: normalizing every title on every call made
        // a catalogue of long titles cost seconds per call.
        var titles = index.NormalizedTitles(film);
        var composers = film.Composers.Select(c => c.Composer).Distinct().ToList();
        var directors = Directors(film);
        var people = Performers(film);
        var related = new List<RelatedFilm>();
        foreach (var other in films)
        {
            if (ReferenceEquals(other, film))
            {
                continue;
            }

            var otherComposers = other.Composers.Select(c => c.Composer).Distinct().ToList();
            var works = film.FeaturedWorks.Intersect(other.FeaturedWorks).ToList();
            var sharedComposers = composers.Intersect(otherComposers).ToList();
            var otherDirectors = Directors(other);
            var otherPeople = Performers(other);
            var sharedDirectors = directors.Intersect(otherDirectors).ToList();
            var sharedPeople = people.Intersect(otherPeople).ToList();
            var themes = film.Themes.Intersect(other.Themes).ToList();
            var otherTitles = index.NormalizedTitles(other);
            var sameTitle = titles[0] == otherTitles[0] || (film.OriginalTitle is not null && other.OriginalTitle is not null && titles[1] == otherTitles[1]);
            if (works.Count + sharedComposers.Count + sharedDirectors.Count + sharedPeople.Count + themes.Count == 0 && !sameTitle)
            {
                continue;
            }

            // Shares of the union, not counts: a film made of one shared work is closer than an anthology that has it among ten.
            var sameDecade = film.Year is { } year && other.Year is { } otherYear && year / 10 == otherYear / 10;
            var score = (WorkWeight * Share(works.Count, film.FeaturedWorks.Count, other.FeaturedWorks.Count))
                + (ComposerWeight * Share(sharedComposers.Count, composers.Count, otherComposers.Count))
                + (DirectorWeight * Share(sharedDirectors.Count, directors.Count, otherDirectors.Count))
                + (PeopleWeight * Share(sharedPeople.Count, people.Count, otherPeople.Count))
                + (ThemeWeight * Share(themes.Count, film.Themes.Count, other.Themes.Count))
                + (sameTitle ? TitleWeight : 0)
                + (sameDecade ? DecadeWeight : 0);
            // Each shared person once, by a credit of the related film in the role they share: directing, or another.
            var shared = new List<PersonCredit>(sharedDirectors.Count + sharedPeople.Count);
            if (sharedDirectors.Count + sharedPeople.Count > 0)
            {
                var directing = new HashSet<Person>(sharedDirectors);
                var performing = new HashSet<Person>(sharedPeople);
                performing.ExceptWith(directing);
                foreach (var credit in other.Credits)
                {
                    if (credit.Role == PersonRole.Director ? directing.Remove(credit.Person) : performing.Remove(credit.Person))
                    {
                        shared.Add(credit);
                    }
                }
            }
            related.Add(new RelatedFilm(
                other, score, ReadOnly.Wrap(works), ReadOnly.Wrap(sharedComposers), ReadOnly.Wrap(shared), ReadOnly.Wrap(themes), sameTitle, sameDecade));
        }

        return ReadOnly.Copy(related
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Film, FilmOrder.Instance)
            .Take(max));
    }

    private static List<Person> Directors(Film film) =>
        film.Credits.Where(c => c.Role == PersonRole.Director).Select(c => c.Person).Distinct().ToList();

    /// <summary>The people credited in another role than director: cast, voices, dancers, conductors.</summary>
    private static List<Person> Performers(Film film) =>
        film.Credits.Where(c => c.Role != PersonRole.Director).Select(c => c.Person).Distinct().ToList();

    private static double Share(int shared, int count, int otherCount) =>
        shared == 0 ? 0 : (double)shared / (count + otherCount - shared);
}
