using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Generator;

/// <summary>
/// Fills an empty database with years of a Secretariat's work (README, "Ten years of records"):
///   dotnet run -c Release --project tools/UnHabitat.Meetings.Generator -- [--years 10] [--seed 1] [--last-year 2025]
///       [--provider Sqlite|Postgres] [--connection "…"] [--data DATA]
/// SQLite without --connection writes DATA/meetings.db; the documents' files go to DATA/files as for the app.
/// </summary>
internal static class GeneratorCommand
{
    public static async Task Main(string[] args)
    {
        var options = Arguments.Read(args);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = options.GetValueOrDefault("provider", "Sqlite"),
            ["ConnectionStrings:Meetings"] = options.GetValueOrDefault("connection"),
            ["Data:Folder"] = options.GetValueOrDefault("data", "data-generated"),
            ["Demo:Load"] = "false",
        };
        var years = int.Parse(options.GetValueOrDefault("years", "10")!, CultureInfo.InvariantCulture);
        var seed = int.Parse(options.GetValueOrDefault("seed", "1")!, CultureInfo.InvariantCulture);
        var lastYear = int.Parse(options.GetValueOrDefault("last-year", "2025")!, CultureInfo.InvariantCulture);

        using var services = GeneratorHost.Build(settings);

        var clock = Stopwatch.StartNew();
        await GeneratorHost.InitializeAsync(services);

        Console.WriteLine($"Generating {years} year(s) up to {lastYear}, seed {seed} …");
        var generator = new TenYears(services, years, lastYear, seed, new YearlyVolume(), Console.Out);
        await generator.RunAsync(CancellationToken.None);

        // The search entries, as the application would have written them with each command (ADR 023); done here so
        // that the first start of the application on the generated database does not have to.
        var indexing = Stopwatch.StartNew();
        using (var scope = services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Infrastructure.Search.SearchIndexer>().BackfillAsync(CancellationToken.None);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Search entries written in {indexing.Elapsed.TotalSeconds:F0} s."));
        clock.Stop();

        var database = services.GetRequiredService<DatabaseOptions>();
        long databaseBytes;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
            databaseBytes = database.Provider switch
            {
                DatabaseProvider.Postgres => await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync(),
                _ => new FileInfo(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource).Length,
            };
        }

        var filesFolder = Path.Combine(database.DataFolder, "files");
        var filesBytes = Directory.Exists(filesFolder) ? Directory.EnumerateFiles(filesFolder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
        foreach (var (what, count) in generator.Counts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-22}{count,10:N0}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Done in {clock.Elapsed.TotalSeconds:F0} s. Database {databaseBytes / 1048576.0:F0} MB ({databaseBytes / 1048576.0 / years:F1} MB per year), files {filesBytes / 1048576.0:F0} MB, on {database.Provider}."));
    }
}

/// <summary>Reads <c>--name value</c> pairs.</summary>
internal static class Arguments
{
    public static Dictionary<string, string?> Read(string[] args)
    {
        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            result[args[i].TrimStart('-')] = args[i + 1];
        }

        return result;
    }
}
