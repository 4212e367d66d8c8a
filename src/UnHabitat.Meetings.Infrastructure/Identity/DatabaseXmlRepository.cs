using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Identity;

/// <summary>
/// Keeps the Data Protection key ring in the application's database, so that every instance behind a
/// load balancer reads the same keys and accepts the others' cookies and bearer tokens.
/// (The EF Core key-store package cannot be restored here; this is the whole of what it does.)
/// </summary>
internal sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
        return [.. db.DataProtectionKeys.AsEnumerable().Select(k => XElement.Parse(k.Xml))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey { Id = Guid.NewGuid(), FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
