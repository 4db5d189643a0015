using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SovietFilms.Data.WebTests;

/// <summary>The JSON types the API returns, source-generated so no reflection is needed (the project turns it off).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Film))]
[JsonSerializable(typeof(Person))]
[JsonSerializable(typeof(IReadOnlyList<Film>))]
internal sealed partial class FilmsJsonContext : JsonSerializerContext;

/// <summary>A minimal API over the catalogue on Kestrel at a free local port, with synchronous I/O disallowed.</summary>
internal sealed class FilmsApi : IAsyncDisposable
{
    private readonly WebApplication app;

    private FilmsApi(WebApplication app, Uri address)
    {
        this.app = app;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>A client of the API, at its address.</summary>
    public HttpClient Client { get; }

    public static async Task<FilmsApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.AllowSynchronousIO = false).UseUrls("http://127.0.0.1:0");
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, FilmsJsonContext.Default));
        var app = builder.Build();

        // The user's overlay, crediting the embedded catalogue's entries by id and correcting some, over the
        // embedded catalogue, streamed back whole.
        app.MapPost("/catalog", async (HttpRequest request, HttpResponse response) =>
        {
            FilmCatalog mine;
            try
            {
                mine = await FilmCatalog.LoadAsync(request.Body, new CatalogLoadOptions(references: FilmCatalog.Default), request.HttpContext.RequestAborted);
            }
            catch (CatalogFormatException e)
            {
                response.StatusCode = StatusCodes.Status400BadRequest;
                await response.WriteAsync(e.Message);
                return;
            }

            var all = FilmCatalog.Default.With(mine, replace: true);
            response.ContentType = "application/json";
            response.Headers["X-Replaced"] = string.Join(", ", all.Replaced);
            await all.WriteJsonAsync(response.Body, request.HttpContext.RequestAborted);
        });

        // The same with the synchronous writer, which Kestrel refuses: proof that the host above forbids it.
        app.MapGet("/catalog/sync", (HttpResponse response) => FilmCatalog.Default.WriteJson(response.Body));

        app.MapGet("/films/{id}", (string id) => FilmCatalog.Default.FindFilm(id) is { } film ? Results.Ok(film) : Results.NotFound());
        app.MapGet("/films", (string composer) => Results.Ok(FilmCatalog.Default.Query().WithComposer(composer).ToList()));
        app.MapGet("/people/{name}", (string name) => FilmCatalog.Default.FindPerson(name) is { } person ? Results.Ok(person) : Results.NotFound());

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new FilmsApi(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
