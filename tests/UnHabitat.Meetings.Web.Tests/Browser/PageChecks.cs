using System.Text.Json;
using Microsoft.Playwright;

namespace UnHabitat.Meetings.Web.Tests.Browser;

/// <summary>What every main page must pass: axe-core without serious or critical violations, and a screenshot kept.</summary>
public static class PageChecks
{
    private const string RunAxe = """
        async () => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
            return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
        }
        """;

    private static string? _axe;

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The results folder of <c>./build.sh test</c>, so that the pictures sit beside the test results.</summary>
    public static string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("MEETINGS_SCREENSHOTS") ?? Path.Combine(RepositoryRoot, "TestResults", "screenshots");

    public static async Task<string> AxeSourceAsync()
    {
        if (_axe is not null)
        {
            return _axe;
        }

        var path = Path.Combine(RepositoryRoot, "tests", "UnHabitat.Meetings.Web.Tests", "axe", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path))
        {
            Assert.Fail($"axe-core is missing: run `npm ci` in {Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path)))} (./build.sh test does).");
        }

        return _axe = await File.ReadAllTextAsync(path);
    }

    /// <summary>Runs axe-core in the page, saves a full-page screenshot named <paramref name="name"/>, and fails on serious or critical violations.</summary>
    public static async Task CheckAsync(BrowserUser user, string name)
    {
        var page = user.Page;
        Directory.CreateDirectory(ScreenshotFolder);
        var file = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        TestContext.AddTestAttachment(file, name);

        var violations = await page.EvaluateAsync<JsonElement>(RunAxe);
        var found = violations.EnumerateArray().Select(v => v.GetString()!).ToList();
        Assert.That(found, Is.Empty, $"axe-core on {page.Url}:\n" + string.Join("\n", found));
        Assert.That(user.CspViolations, Is.Empty, "The page broke its Content-Security-Policy.");
        Assert.That(user.MissingResources, Is.Empty, "Everything the pages asked for (stylesheet, scripts, images) was there.");
        var unprotected = await page.EvaluateAsync<int>("[...document.querySelectorAll('form')].filter(f => f.method === 'post' && !f.querySelector('input[name=__RequestVerificationToken]')).length");
        Assert.That(unprotected, Is.Zero, "every form that posts carries the anti-forgery token");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UnHabitat.Meetings.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (UnHabitat.Meetings.sln) is not above " + AppContext.BaseDirectory);
    }
}
