using System;
using System.Linq;
using EditorialLint.Quantities;
using EditorialLint.Text;

namespace EditorialLint.Tests.Quantities;

public class EventLinkerTests
{
    private static EventLinker Link(params string[] texts)
    {
        // Filler stories give the words their rarity; each is about something else.
        var filler = Enumerable.Range(0, 30).Select(i => $"Market report {i}: traders bought copper zinc tin lead nickel{i} cotton{i} wheat{i} barley{i} coffee{i} sugar{i}.");
        var all = texts.Concat(filler).ToList();
        var profiles = all.Select((t, i) => WordProfile.Of(Article.Parse($"{i}.txt", t))).ToList();
        return new EventLinker(profiles, all.Select(_ => (DateTime?)null).ToList(), 365, 0.3);
    }

    private const string Quake = "Izmit quake rubble rescuers tents survivors hospitals Anatolia Golcuk Sakarya. ";
    private const string Relief = "Relief convoys blankets donors Adapazari shelters Yalova Kocaeli volunteers. ";

    [Fact]
    public void two_stories_linked_to_a_third_that_read_somewhat_alike_are_one_event()
    {
        var events = Link(
            Quake + "Firefighters battled refinery flames Tupras Korfez smoke.",
            Quake + Relief,
            Relief + "Izmit quake rubble rescuers tents survivors Golcuk. Winter prefabricated housing contractors tenders ministry.");
        Assert.True(events.Linked(0, 1));
        Assert.True(events.Linked(1, 2));
        Assert.False(events.Linked(0, 2));
        Assert.True(events.LinkedThroughOne(0, 2));
    }

    [Fact]
    public void two_stories_that_share_only_a_neighbour_are_not()
    {
        var events = Link(
            Quake + "Firefighters battled refinery flames Tupras Korfez smoke.",
            Quake + Relief,
            Relief + "Winter prefabricated housing contractors tenders ministry budget auditors.");
        Assert.True(events.Linked(1, 2));
        Assert.False(events.LinkedThroughOne(0, 2));
    }
}
