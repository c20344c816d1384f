using System;
using System.Collections.Generic;
using EditorialLint.Rules;

namespace EditorialLint.RuleFiles;

/// <summary>
/// <c>kind: attribution</c>: data for EDL0002, no ID of its own.
/// <code>
/// kind: attribution
/// verbs: [briefed, disclosed]
/// phrases: [as reported by]
/// sources: [ISPR, the Foreign Office]
/// </code>
/// </summary>
public sealed class AttributionKind : RuleKind
{
    private static readonly string[] Keys =
    {
        "kind", "verbs", "phrases", "sources", "cueVerbs", "evidenceVerbs", "documents", "statements", "nounForms", "actionVerbs", "hedges",
        "sourceNouns", "addresseeVerbs", "clauseVerbs", "tagVerbs", "opinionVerbs", "questionVerbs", "claimNouns", "thatVerbs", "bodyNouns", "accusationVerbs", "placeDocuments", "title", "description",
    };

    public override string Name => "attribution";

    public override void Load(RuleDefinition definition, RuleLoadContext context)
    {
        var node = definition.Node;
        if (!DataKinds.CheckKeys(node, context, Keys)) return;
        var verbs = DataKinds.ReadList(node, "verbs", context);
        var phrases = DataKinds.ReadList(node, "phrases", context);
        var sources = DataKinds.ReadList(node, "sources", context);
        var cueVerbs = DataKinds.ReadList(node, "cueVerbs", context);
        var evidenceVerbs = DataKinds.ReadList(node, "evidenceVerbs", context);
        var documents = DataKinds.ReadList(node, "documents", context);
        var statements = DataKinds.ReadList(node, "statements", context);
        var nounForms = DataKinds.ReadList(node, "nounForms", context);
        var actionVerbs = DataKinds.ReadList(node, "actionVerbs", context);
        var hedges = DataKinds.ReadList(node, "hedges", context);
        var sourceNouns = DataKinds.ReadList(node, "sourceNouns", context);
        var addresseeVerbs = DataKinds.ReadList(node, "addresseeVerbs", context);
        var clauseVerbs = DataKinds.ReadList(node, "clauseVerbs", context);
        var tagVerbs = DataKinds.ReadList(node, "tagVerbs", context);
        var opinionVerbs = DataKinds.ReadList(node, "opinionVerbs", context);
        var questionVerbs = DataKinds.ReadList(node, "questionVerbs", context);
        var claimNouns = DataKinds.ReadList(node, "claimNouns", context);
        var thatVerbs = DataKinds.ReadList(node, "thatVerbs", context);
        var bodyNouns = DataKinds.ReadList(node, "bodyNouns", context);
        var accusationVerbs = DataKinds.ReadList(node, "accusationVerbs", context);
        var placeDocuments = DataKinds.ReadList(node, "placeDocuments", context);
        if (verbs is null || phrases is null || sources is null || cueVerbs is null || evidenceVerbs is null || documents is null || statements is null
            || nounForms is null || actionVerbs is null || hedges is null || sourceNouns is null || addresseeVerbs is null || clauseVerbs is null || tagVerbs is null || opinionVerbs is null
            || questionVerbs is null || claimNouns is null || thatVerbs is null || bodyNouns is null || accusationVerbs is null || placeDocuments is null) return;
        var cues = new AttributionCues(cueVerbs, evidenceVerbs, documents, statements, nounForms, actionVerbs, hedges, sourceNouns, addresseeVerbs, clauseVerbs, tagVerbs, opinionVerbs, questionVerbs, claimNouns, thatVerbs, bodyNouns, accusationVerbs, placeDocuments);
        if (verbs.Count + phrases.Count + sources.Count == 0 && cues.IsEmpty)
        {
            context.Error(node, "An attribution rule lists 'verbs:', 'phrases:', 'sources:' and/or cue lists ('cueVerbs:', 'documents:', 'hedges:', …).");
            return;
        }

        context.AddData(new AttributionTerms(verbs, phrases, sources, context.Locate(node), cues));
    }
}

/// <summary>
/// <c>kind: figures</c>: data for EDL0002, no ID of its own.
/// <code>
/// kind: figures
/// exemptNouns: [over, wicket]     # counted nouns whose figures never need a source
/// nameWords: [Sector, Block]      # "Sector 7" is a name, not a figure
/// </code>
/// </summary>
public sealed class FiguresKind : RuleKind
{
    private static readonly string[] Keys = { "kind", "exemptNouns", "nameWords", "eventWords", "routineWords", "claimWords", "setNouns", "personNouns", "measureModifiers", "countOnlyWords", "profileWords", "labelNouns", "kindNouns", "packageNouns", "memberNouns", "rankWords", "recordWords", "courtWords", "projectionWords", "changeWords", "multipleWords", "playWords", "matchRecordWords", "matchReportWords", "denominationNouns", "namedCaseNouns", "sameSetNouns", "listOpeners", "narrativeNouns", "imagineWords", "collectiveNouns", "generalPersonNouns", "tollWords", "title", "description" };

    public override string Name => "figures";

    public override void Load(RuleDefinition definition, RuleLoadContext context)
    {
        var node = definition.Node;
        if (!DataKinds.CheckKeys(node, context, Keys)) return;
        var exempt = DataKinds.ReadList(node, "exemptNouns", context);
        var nameWords = DataKinds.ReadList(node, "nameWords", context);
        var eventWords = DataKinds.ReadList(node, "eventWords", context);
        var routineWords = DataKinds.ReadList(node, "routineWords", context);
        var claimWords = DataKinds.ReadList(node, "claimWords", context);
        var setNouns = DataKinds.ReadList(node, "setNouns", context);
        var personNouns = DataKinds.ReadList(node, "personNouns", context);
        var measureModifiers = DataKinds.ReadList(node, "measureModifiers", context);
        var countOnlyWords = DataKinds.ReadList(node, "countOnlyWords", context);
        var profileWords = DataKinds.ReadList(node, "profileWords", context);
        var labelNouns = DataKinds.ReadList(node, "labelNouns", context);
        var kindNouns = DataKinds.ReadList(node, "kindNouns", context);
        var packageNouns = DataKinds.ReadList(node, "packageNouns", context);
        var memberNouns = DataKinds.ReadList(node, "memberNouns", context);
        var rankWords = DataKinds.ReadList(node, "rankWords", context);
        var recordWords = DataKinds.ReadList(node, "recordWords", context);
        var courtWords = DataKinds.ReadList(node, "courtWords", context);
        var projectionWords = DataKinds.ReadList(node, "projectionWords", context);
        var changeWords = DataKinds.ReadList(node, "changeWords", context);
        var multipleWords = DataKinds.ReadList(node, "multipleWords", context);
        var playWords = DataKinds.ReadList(node, "playWords", context);
        var matchRecordWords = DataKinds.ReadList(node, "matchRecordWords", context);
        var matchReportWords = DataKinds.ReadList(node, "matchReportWords", context);
        var denominationNouns = DataKinds.ReadList(node, "denominationNouns", context);
        var namedCaseNouns = DataKinds.ReadList(node, "namedCaseNouns", context);
        var sameSetNouns = DataKinds.ReadList(node, "sameSetNouns", context);
        var listOpeners = DataKinds.ReadList(node, "listOpeners", context);
        var narrativeNouns = DataKinds.ReadList(node, "narrativeNouns", context);
        var imagineWords = DataKinds.ReadList(node, "imagineWords", context);
        var collectiveNouns = DataKinds.ReadList(node, "collectiveNouns", context);
        var generalPersonNouns = DataKinds.ReadList(node, "generalPersonNouns", context);
        var tollWords = DataKinds.ReadList(node, "tollWords", context);
        if (exempt is null || nameWords is null || eventWords is null || routineWords is null || claimWords is null || setNouns is null || personNouns is null
            || measureModifiers is null || countOnlyWords is null || profileWords is null || labelNouns is null
            || kindNouns is null || packageNouns is null || memberNouns is null || rankWords is null || recordWords is null || courtWords is null || projectionWords is null || changeWords is null || multipleWords is null || playWords is null || matchRecordWords is null || matchReportWords is null || denominationNouns is null || namedCaseNouns is null || sameSetNouns is null || listOpeners is null || narrativeNouns is null || imagineWords is null || collectiveNouns is null || generalPersonNouns is null || tollWords is null) return;
        if (exempt.Count + nameWords.Count + eventWords.Count + routineWords.Count + claimWords.Count + setNouns.Count + personNouns.Count + measureModifiers.Count
            + countOnlyWords.Count + profileWords.Count + labelNouns.Count + kindNouns.Count + packageNouns.Count + memberNouns.Count + rankWords.Count + recordWords.Count + courtWords.Count + projectionWords.Count + changeWords.Count + multipleWords.Count + playWords.Count + matchRecordWords.Count + matchReportWords.Count + denominationNouns.Count + namedCaseNouns.Count + sameSetNouns.Count + listOpeners.Count + narrativeNouns.Count + imagineWords.Count + collectiveNouns.Count + generalPersonNouns.Count + tollWords.Count == 0)
        {
            context.Error(node, "A figures rule lists 'exemptNouns:', 'nameWords:', 'eventWords:', 'routineWords:', 'claimWords:', 'setNouns:', 'personNouns:', 'measureModifiers:', 'countOnlyWords:', 'profileWords:', 'labelNouns:', 'kindNouns:', 'packageNouns:', 'memberNouns:', 'rankWords:', 'recordWords:', 'courtWords:', 'projectionWords:', 'changeWords:', 'multipleWords:', 'playWords:', 'matchRecordWords:', 'matchReportWords:', 'denominationNouns:', 'namedCaseNouns:', 'sameSetNouns:', 'listOpeners:', 'narrativeNouns:', 'imagineWords:', 'collectiveNouns:', 'generalPersonNouns:' and/or 'tollWords:'.");
            return;
        }

        context.AddData(new FigureTerms(exempt, nameWords, context.Locate(node), eventWords, routineWords, claimWords, setNouns, personNouns, measureModifiers, countOnlyWords, profileWords, labelNouns, kindNouns, packageNouns, memberNouns, rankWords, recordWords, projectionWords, changeWords, multipleWords, playWords, matchRecordWords, matchReportWords, denominationNouns, namedCaseNouns, sameSetNouns, listOpeners, courtWords, narrativeNouns, imagineWords, collectiveNouns, generalPersonNouns, tollWords));
    }
}

internal static class DataKinds
{
    public static bool CheckKeys(RuleNode node, RuleLoadContext context, string[] keys)
    {
        var ok = true;
        foreach (var entry in node.Entries)
        {
            var key = entry.Key.Value ?? string.Empty;
            if (Array.IndexOf(keys, key) >= 0) continue;
            var hint = key is "id" or "message" or "severity" or "examples" or "files"
                ? " This kind adds words to EDL0002 and does not report under an ID of its own."
                : string.Empty;
            var guess = hint.Length == 0 && RuleHeader.Nearest(key, keys) is { } near ? $"; did you mean '{near}'?" : ".";
            context.Error(entry.Key, $"Unknown key '{key}' for {RuleHeader.Article(node.GetString("kind"))} '{node.GetString("kind")}' rule{guess} Known keys: {string.Join(", ", keys)}.{hint}");
            ok = false;
        }

        return ok;
    }

    /// <summary>A list of non-empty words; null after an error.</summary>
    public static List<string>? ReadList(RuleNode node, string key, RuleLoadContext context)
    {
        var list = new List<string>();
        var value = node[key];
        if (value is null) return list;
        var items = value.Kind switch
        {
            RuleNodeKind.Sequence => value.Items,
            RuleNodeKind.Scalar => new[] { value },
            _ => null,
        };
        if (items is null)
        {
            context.Error(value, $"'{key}:' is a list of words.");
            return null;
        }

        foreach (var item in items)
        {
            if (item.Kind != RuleNodeKind.Scalar || string.IsNullOrWhiteSpace(item.Value))
            {
                context.Error(item, $"Each item of '{key}:' is a word or phrase.");
                return null;
            }

            list.Add(item.Value!.Trim());
        }

        return list;
    }
}
