using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Web.Ui;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The agenda editor's buttons, as the Secretariat presses them, and the Application's step each asks for
/// (<see cref="AgendaTree.Command"/>, the one place where a button becomes a step).
/// </summary>
[TestFixture]
public sealed class AgendaEditorButtonsTests
{
    private static readonly Guid Meeting = Guid.NewGuid();
    private static readonly AgendaItemDto Adoption = Item("1", "Adoption of the agenda");
    private static readonly AgendaItemDto SaferCities = Item("2 (a)", "Safer cities");
    private static readonly AgendaItemDto Housing = Item("2 (b)", "Adequate housing");
    private static readonly AgendaItemDto Resolutions = Item("2", "Implementation of resolutions", SaferCities, Housing);
    private static readonly AgendaItemDto Other = Item("3", "Any other business");
    private static readonly IReadOnlyList<AgendaItemDto> Items = [Adoption, Resolutions, Other];

    [Test]
    public void Delete_removes_the_item()
    {
        Assert.That(Press(Housing, ItemButton.Delete), Is.EqualTo(new RemoveAgendaItem(Meeting, Housing.Id, 4)));
    }

    [Test]
    public void Save_renames_the_item_where_it_stands()
    {
        Assert.That(Press(Housing, ItemButton.Save, "Adequate housing for all"),
            Is.EqualTo(new ChangeAgendaItem(Meeting, Housing.Id, "Adequate housing for all", Resolutions.Id, null, 4)));
    }

    [Test]
    public void The_arrows_move_the_item_and_keep_its_title()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Press(Housing, ItemButton.Up), Is.EqualTo(new ChangeAgendaItem(Meeting, Housing.Id, Housing.Title, Resolutions.Id, 1, 4)));
            Assert.That(Press(Adoption, ItemButton.Down), Is.EqualTo(new ChangeAgendaItem(Meeting, Adoption.Id, Adoption.Title, null, 2, 4)));
            Assert.That(Press(Other, ItemButton.Indent), Is.EqualTo(new ChangeAgendaItem(Meeting, Other.Id, Other.Title, Resolutions.Id, null, 4)), "last under the item above");
            Assert.That(Press(SaferCities, ItemButton.Outdent), Is.EqualTo(new ChangeAgendaItem(Meeting, SaferCities.Id, SaferCities.Title, null, 3, 4)), "just after its parent");
        });
    }

    [Test]
    public void A_move_the_item_cannot_make_asks_for_nothing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Press(Adoption, ItemButton.Up), Is.Null, "the first cannot go up");
            Assert.That(Press(Other, ItemButton.Down), Is.Null, "the last cannot go down");
            Assert.That(Press(SaferCities, ItemButton.Indent), Is.Null, "the first of its level has nothing above to go under");
            Assert.That(Press(Adoption, ItemButton.Outdent), Is.Null, "the top level cannot go higher");
            Assert.That(Press(Item("9", "Gone"), ItemButton.Delete), Is.Null, "an item no longer on the agenda");
        });
    }

    private static object? Press(AgendaItemDto item, ItemButton button, string? typed = null) =>
        AgendaTree.Command(Meeting, Items, item.Id, button, typed ?? item.Title, version: 4);

    private static AgendaItemDto Item(string number, string title, params AgendaItemDto[] children) => new(Guid.NewGuid(), number, title, children);
}
