using System.Globalization;
using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Definitions;
using ModularReports.Workflow.Features.Designer;

namespace ModularReports.Workflow.Tests;

public sealed class DesignerTests
{
    [Theory]
    [InlineData(DefaultDefinitions.ActivityReportReview)]
    [InlineData(DefaultDefinitions.ProgressReportReview)]
    public void The_forms_hold_everything_a_definition_says(string key)
    {
        var shipped = DefaultDefinitions.Load(key);

        var throughTheForms = DesignerForm.From(shipped).ToModel(key);

        Assert.Equal(DefaultDefinitions.Write(shipped), DefaultDefinitions.Write(throughTheForms));
    }

    [Fact]
    public void Renaming_a_state_or_a_trigger_renames_what_refers_to_it()
    {
        var form = DesignerForm.From(DefaultDefinitions.Load(DefaultDefinitions.ProgressReportReview));
        form.States.Single(s => s.Key == "approved").Key = "cleared";
        form.Transitions.Single(t => t.Trigger == "publish").Trigger = "goLive";
        form.Transitions.Single(t => t.Trigger == "approve").Trigger = "clear";

        var renamed = form.ToModel(DefaultDefinitions.ProgressReportReview);

        Assert.Empty(DefinitionValidator.Validate(renamed, TestKinds.Reports));
        Assert.Equal("cleared", renamed.Transitions.Single(t => t.Trigger == "clear").To);
        Assert.Contains("cleared", renamed.Transitions.Single(t => t.Trigger == "return").From);
        Assert.Equal(("cleared", "goLive"), (renamed.Timers[1].State, renamed.Timers[1].Trigger));
        Assert.Contains(renamed.Notifications, n => n.On == "transition" && n.Trigger == "clear");
    }

    [Fact]
    public void Identifiers_swapped_in_one_save_swap_their_references_too()
    {
        var form = DesignerForm.From(DefaultDefinitions.Load(DefaultDefinitions.ProgressReportReview));
        form.States.Single(s => s.Key == "submitted").Key = "inReview";
        form.States.Single(s => s.OriginalKey == "inReview").Key = "submitted";

        var swapped = form.ToModel(DefaultDefinitions.ProgressReportReview);

        Assert.Empty(DefinitionValidator.Validate(swapped, TestKinds.Reports));
        var startReview = swapped.Transitions.Single(t => t.Trigger == "startReview");
        Assert.Equal(["inReview"], startReview.From);
        Assert.Equal("submitted", startReview.To);
    }

    [Fact]
    public void A_part_left_without_an_identifier_gets_one_from_its_English_name()
    {
        var form = DesignerForm.From(DefaultDefinitions.Load(DefaultDefinitions.ActivityReportReview));
        form.States.Add(new StateForm { Labels = new LabelsForm { En = "Legal check (2nd)", Fr = "Contrôle", Es = "Control" } });
        form.States.Add(new StateForm { Labels = new LabelsForm { En = "Légal check", Fr = "Contrôle", Es = "Control" } });

        var model = form.ToModel(DefaultDefinitions.ActivityReportReview);

        Assert.Equal(["legalCheck2nd", "legalCheck"], model.States.TakeLast(2).Select(s => s.Key));
        Assert.Equal("legalCheck", Identifiers.CamelCase("  Légal   check! "));
    }

    [Fact]
    public void A_timer_is_edited_in_days_or_hours()
    {
        var timer = TimerForm.From(new TimerModel { State = "submitted", After = "PT36H", Action = "remind", Actors = ["admin"] });
        var fortnight = TimerForm.From(new TimerModel { State = "submitted", After = "P14D", Action = "remind", Actors = ["admin"] });

        Assert.Equal(("36", Durations.Hours), (timer.Amount, timer.Unit));
        Assert.Equal(("14", Durations.Days), (fortnight.Amount, fortnight.Unit));
        Assert.Equal("PT36H", timer.ToModel("submitted", null).After);
        Assert.Equal("P14D", fortnight.ToModel("submitted", null).After);
    }

    [Fact]
    public void The_reviewers_time_in_a_state_is_edited_in_days_and_checked()
    {
        var definition = DefaultDefinitions.Load(DefaultDefinitions.ActivityReportReview);
        var timed = definition with { States = [.. definition.States.Select(s => s.Key is "submitted" or "accepted" ? s with { DueAfter = "P7D" } : s)] };

        var form = DesignerForm.From(timed);
        var errors = DefinitionValidator.Validate(form.ToModel(DefaultDefinitions.ActivityReportReview), TestKinds.Reports).Select(e => e.ToString());

        Assert.Equal(("7", Durations.Days), (form.States[1].DueAmount, form.States[1].DueUnit));
        Assert.Equal(["$.states[4].dueAfter: A final state has nothing due: leave the time for reviewers empty."], errors);
    }

    [Fact]
    public void Removing_a_state_says_what_goes_with_it_and_takes_it()
    {
        var definition = DefaultDefinitions.Load(DefaultDefinitions.ProgressReportReview);
        var approved = definition.States.ToList().FindIndex(s => s.Key == "approved");

        var (removed, consequences) = DefinitionEdits.Remove(definition, DefinitionPart.State, approved);

        Assert.Equal(
            [
                "The transition 'Approve' goes to it or leaves only from it: it is removed too.",
                "The transition 'Return with comments' no longer leaves from it.",
                "The transition 'Publish' goes to it or leaves only from it: it is removed too.",
                "The timer in 'Approved' is removed too.",
                "The notification about 'Approve' is removed too.",
            ],
            consequences);
        Assert.DoesNotContain(removed.Transitions, t => t.Trigger is "approve" or "publish");
        Assert.DoesNotContain(removed.Timers, t => t.State == "approved");
        Assert.DoesNotContain(removed.Notifications, n => n.Trigger is "approve" or "publish" || n.State == "approved");
        Assert.Empty(DefinitionEdits.Consequences(definition, DefinitionPart.Notification, 0));
    }

    [Fact]
    public void Added_parts_get_identifiers_nothing_else_uses()
    {
        var definition = DefaultDefinitions.Load(DefaultDefinitions.ActivityReportReview);

        var added = DefinitionEdits.Add(DefinitionEdits.Add(definition, DefinitionPart.State), DefinitionPart.State);

        Assert.Equal(["state1", "state2"], added.States.TakeLast(2).Select(s => s.Key));
    }

    [Theory]
    [InlineData("$.transitions[3].from[1]", "Transitions[3].From", "f-transitions-3-from")]
    [InlineData("$.transitions[3].conditions[0]", "Transitions[3].Conditions[0].Name", "f-transitions-3-conditions-0-name")]
    [InlineData("$.states[12].labels.fr", "States[12].Labels.Fr", "f-states-12-labels-fr")]
    [InlineData("$.timers[0].after", "Timers[0].Amount", "f-timers-0-amount")]
    [InlineData("$.name.en", "Name.En", "f-name-en")]
    [InlineData("$.states", "States", "f-states")]
    [InlineData("$.key", "Json", "f-json")]
    public void A_problem_is_shown_beside_the_field_it_concerns(string path, string field, string id)
    {
        Assert.Equal(field, DesignerView.Field(path));
        Assert.Equal(id, DesignerView.FieldId(field));
    }

    [Fact]
    public void Problems_are_worded_in_the_admins_language_without_a_JSON_path()
    {
        var definition = DefaultDefinitions.Load(DefaultDefinitions.ActivityReportReview);
        var broken = definition with { Transitions = [.. definition.Transitions.Select((t, i) => i == 2 ? t with { To = "legalChek" } : t)] };
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("es");
            var problems = DesignerView.Problems(broken, DefinitionValidator.Validate(broken, TestKinds.Reports));

            var problem = Assert.Single(problems);
            Assert.Equal(("Transitions[2].To", "Transición «Empezar la revisión»", "Lleva a un estado que no existe («legalChek»): elija uno."),
                (problem.Field, problem.Subject, problem.Message));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
