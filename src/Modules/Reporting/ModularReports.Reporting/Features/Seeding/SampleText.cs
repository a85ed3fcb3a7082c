using System.Text;

namespace ModularReports.Reporting.Features.Seeding;

/// <summary>
/// Plausible report prose of a given length, reproducible from a seed. Like real reports, each is about a few
/// species and places out of many (1,200 species, 3,000 places: a long tail), on top of words every report uses.
/// </summary>
internal sealed class SampleText(Random random)
{
    private static readonly string[] Subjects =
    [
        "The national wildlife authority", "Our field teams", "Community rangers", "The regional office", "Partner universities",
        "Customs officers", "Indigenous peoples' organisations", "The ministry of environment", "Local fishers' cooperatives", "Youth volunteers",
    ];

    private static readonly string[] Verbs = ["mapped", "restored", "monitored", "surveyed", "protected", "documented", "patrolled", "replanted"];

    private static readonly string[] Habitats =
    [
        "mangrove stands", "nesting beaches", "degraded peatlands", "pollinator corridors", "coral reefs", "river banks", "grazing land",
        "cloud forest", "seagrass meadows", "alpine meadows", "wetlands", "dry forest",
    ];

    private static readonly string[] Endings =
    [
        "with support from local authorities", "despite heavy rains during the season", "as set out in the national action plan",
        "in cooperation with neighbouring countries", "ahead of the next Conference of the Parties", "using satellite imagery",
    ];

    private static readonly string[] Qualifiers =
    [
        "Sunda", "Cape", "Giant", "Pygmy", "Golden", "Black", "Spotted", "Lesser", "Greater", "Northern", "Southern", "Eastern", "Western",
        "Red", "White-bellied", "Long-tailed", "Mountain", "Forest", "Coastal", "Island",
    ];

    private static readonly string[] Taxa =
    [
        "pangolin", "turtle", "gorilla", "hornbill", "orchid", "grouper", "macaque", "vulture", "iguana", "salamander", "lemur", "crane",
        "dugong", "tapir", "cycad", "eagle", "gecko", "otter", "seahorse", "parrot", "manatee", "pheasant", "tortoise", "frog", "shark",
        "ray", "bat", "civet", "antelope", "hyena", "ibis", "stork", "kingfisher", "python", "chameleon", "skink", "newt", "loris",
        "gibbon", "langur", "colobus", "duiker", "oryx", "gazelle", "rhinoceros", "elephant", "leopard", "lynx", "marten", "mongoose",
        "palm", "fig",
    ];

    private static readonly string[] PlaceRoots =
    [
        "Kakamega", "Mabira", "Sundarbans", "Tana", "Loreto", "Madre de Dios", "Palawan", "Sabah", "Okavango", "Danube", "Camargue", "Chaco",
        "Iguazu", "Virunga", "Niokolo", "Sangha", "Mekong", "Tonle", "Komodo", "Raja Ampat", "Galapagos", "Yucatan", "Darien", "Cerrado",
        "Pantanal", "Atlas", "Zagros", "Altai", "Kinabalu", "Fiordland",
    ];

    private static readonly string[] PlaceKinds = ["delta", "highlands", "coast", "basin", "reserve"];

    public string Species() => $"{Pick(Qualifiers)} {Pick(Taxa)}";

    private static readonly string[] Syllables =
    [
        "ka", "mo", "ri", "ta", "lu", "ne", "sa", "go", "bi", "ze", "ma", "ko", "pa", "di", "wu", "re", "ya", "to", "fe", "ni",
    ];

    /// <summary>One of the 30 well-known places, or (mostly) one of 3,000 villages and valleys from syllables.</summary>
    public string Place() => random.Next(10) == 0
        ? $"the {Pick(PlaceRoots)} {Pick(PlaceKinds)}"
        : $"{char.ToUpperInvariant(Pick(Syllables)[0])}{Pick(Syllables)[1..]}{Pick(Syllables)}{Pick(Syllables)} {Pick(PlaceKinds)}";

    public string Sentence(string species, string place) =>
        $"{Pick(Subjects)} {Pick(Verbs)} {random.Next(2, 400)} hectares of {Pick(Habitats)} in {place} for the {species} {Pick(Endings)}.";

    /// <summary>Sentences up to about <paramref name="min"/>..<paramref name="max"/> characters about two species and two places.</summary>
    public string Paragraph(int min, int max)
    {
        string[] species = [Species(), Species()];
        string[] places = [Place(), Place()];
        var length = random.Next(min, max);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(text.Length == 0 ? string.Empty : " ").Append(Sentence(Pick(species), Pick(places)));
        }

        return text.ToString();
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
