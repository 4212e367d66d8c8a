using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>The site's icon: browsers ask for one on every page, and a missing one fills their console with 404s.</summary>
[TestFixture]
[Category("Database")]
public sealed class SiteIconTests : AppFixture
{
    [Test]
    public async Task The_site_icon_is_served_to_anyone_and_every_page_names_it()
    {
        using var anonymous = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var icon = await anonymous.GetAsync("/favicon.svg");
        var signIn = await anonymous.GetStringAsync("/account/login");

        Assert.That(icon.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(icon.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
        Assert.That(await icon.Content.ReadAsStringAsync(), Does.StartWith("<svg"));
        Assert.That(signIn, Does.Contain("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"));
    }
}
