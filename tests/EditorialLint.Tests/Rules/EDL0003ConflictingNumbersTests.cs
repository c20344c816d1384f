using System.Linq;
using EditorialLint.BuiltIn;
using EditorialLint.Testing;
using EditorialLint.Tests.Support;

namespace EditorialLint.Tests.Rules;

public class EDL0003ConflictingNumbersTests
{
    private const string Monday = "---\ndate: 2025-10-13\n---\n";
    private const string Tuesday = "---\ndate: 2025-10-14\n---\n";
    private const string NextMonth = "---\ndate: 2025-11-20\n---\n";

    private static RuleVerifier Verifier() => new(new ConflictingNumbersRule());

    public class Reports
    {
        [Fact]
        public void a_lower_tally_two_days_later_whose_statement_names_a_weekday() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Offensive in Tirah valley\n\nOver 200 militants were killed in the Tirah valley of Khyber district, security officials said on Monday.\n\nFamilies fled towards Peshawar as the fighting spread."),
                ("b.txt", "---\ndate: 2025-10-15\n---\nTirah valley offensive ends\n\nThe army said on Wednesday that {|EDL0003:120|} militants were killed in the Tirah valley of Khyber district.\n\nFamilies who fled towards Peshawar began returning."));

        [Fact]
        public void a_tally_told_to_reporters_on_a_weekday_is_compared_across_days() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Flood in Swat\n\nOfficials in Swat told reporters on Monday that 40 people were missing in Swat after the flood."),
                ("b.txt", Tuesday + "Flood in Swat\n\nOfficials in Swat said {|EDL0003:25|} people were missing in Swat after the flood."));
        [Fact]
        public void a_site_count_against_the_same_site_count() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Riverton gunman kills nine\n\nA gunman killed nine people in two Riverton offices on Monday, police said.\n\nDetectives worked. Officers spoke.\n\nThe gunman first walked into the Harbor Trust office at the Quayside Tower.\n\nThree people were dead within minutes.\n\nHe then crossed the road into the Lakeside Lending branch in the Elm Court building. Six died there."),
                ("b.txt", Monday + "Riverton gunman kills nine\n\nA gunman killed nine people in two Riverton offices on Monday, police said.\n\nDetectives worked. Officers spoke.\n\nThe gunman first walked into the Harbor Trust office at the Quayside Tower.\n\n{|EDL0003:Four|} people were dead within minutes.\n\nHe then crossed the road into the Lakeside Lending branch in the Elm Court building. Six died there."));

        [Fact]
        public void an_incident_brought_in_with_a_on_a_day_of_the_copy_week_is_not_set_apart() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Office shooting\n\nA gunman killed five people on Monday, police said.\n\nDetectives worked. Officers spoke. The city is still reeling from a shooting October 13 that left seven people dead."),
                ("b.txt", Monday + "Office shooting\n\nA gunman killed {|EDL0003:five|} people on Monday, police said."));

        [Fact]
        public void two_counts_of_others_besides_the_dead_are_one_part() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Fever in Lahore\n\nHospitals in Lahore said seven people have died and 55 others were infected in Lahore."),
                ("b.txt", Monday + "Fever in Lahore\n\nHospitals in Lahore said seven people died and {|EDL0003:40|} others were infected in Lahore."));

        [Fact]
        public void arrests_counted_as_a_noun() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Protest in Lahore\n\nPolice in Lahore made nearly 100 arrests at the protest in Lahore."),
                ("b.txt", Monday + "Protest in Lahore\n\nPolice in Lahore made {|EDL0003:120|} arrests at the protest in Lahore."));

        [Fact]
        public void infections_counted_as_a_noun() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Dengue in Lahore\n\nHospitals in Lahore reported 40 infections in Lahore, officials said."),
                ("b.txt", Monday + "Dengue in Lahore\n\nHospitals in Lahore reported {|EDL0003:52|} infections in Lahore, officials said."));

        [Fact]
        public void two_articles_of_one_day_with_different_tolls() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 23 Pakistani soldiers were killed in Kurram."),
                ("b.txt", Monday + "Kurram clash\n\nOfficials in Kurram said {|EDL0003:25|} Pakistani soldiers were killed in Kurram."));

        [Fact]
        public void a_placeless_toll_of_the_story_a_day_later_and_lower() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Orakzai raid\n\nTroops raided a militant hideout in Orakzai, officials said.\n\nNine soldiers died in the exchange of fire, the army said."),
                ("b.txt", Tuesday + "Orakzai raid\n\nThe raid on a militant hideout in Orakzai was over, officials said.\n\n{|EDL0003:Six|} soldiers died in the exchange of fire, the army said."));

        [Fact]
        public void one_weekday_named_in_copy_of_two_days_is_one_day() =>
            Verifier().VerifyCorpus(
                ("a.txt", Tuesday + "Orakzai raid\n\nTroops raided a militant hideout in Orakzai, officials said.\n\nNine soldiers died in the exchange of fire on Monday, the army said."),
                ("b.txt", "---\ndate: 2025-10-15\n---\nOrakzai raid\n\nThe raid on a militant hideout in Orakzai was over, officials said.\n\n{|EDL0003:Six|} soldiers died in the exchange of fire on Monday, the army said."));

        [Fact]
        public void an_undated_toll_above_the_highest_it_is_said_to_have_risen_to() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. The death toll rose to 130 in Paris, officials in Paris said."),
                ("b.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed 129 people in Paris, officials in Paris said."),
                ("c.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed {|EDL0003:134|} people in Paris, officials in Paris said."));

        [Fact]
        public void an_undated_venue_toll_higher_under_a_lower_story_toll() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Paris attacks\n\nAt least 128 people were killed in attacks in Paris, officials in Paris said. Rescuers worked. Crowds gathered.\n\n89 people were killed at the Bataclan in Paris, officials said."),
                ("b.txt", "Paris attacks\n\nAt least 129 people were killed in attacks in Paris, officials in Paris said. Rescuers worked. Crowds gathered.\n\n{|EDL0003:Eighty|} people were killed at the Bataclan in Paris, officials said."));

        [Fact]
        public void passengers_picked_out_by_the_same_verb_are_one_group() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Flight MH370\n\nFour passengers who checked in for the flight in Kuala Lumpur did not show up, Malaysia Airlines said."),
                ("b.txt", Monday + "Flight MH370\n\n{|EDL0003:Five|} passengers who had checked in for the flight in Kuala Lumpur did not show up, Malaysia Airlines said."));

        [Fact]
        public void an_undated_toll_lower_in_copy_that_tells_of_later_days() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed 130 people in Paris, officials in Paris said. The attacks began on Nov. 13."),
                ("b.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed {|EDL0003:127|} people in Paris, officials in Paris said. Police raided a flat on Nov. 18."));

        [Fact]
        public void two_ages_of_one_person_as_of_the_same_past_year() =>
            Verifier().VerifyCorpus(
                ("a.txt", "---\ndate: 1999-02-24\n---\nLawrence inquiry\n\nThe inquiry into the 1993 killing of 17-year-old Daniel Lawrence found police incompetent."),
                ("b.txt", "---\ndate: 1999-03-02\n---\nLawrence inquiry\n\nThe report on the death of {|EDL0003:18-year-old|} Daniel Lawrence, stabbed to death in 1993, criticised the police."));

        [Fact]
        public void a_surname_after_a_conjunction_is_the_one_person_the_article_names_in_full() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Balloon flight\n\nThe British pilot Brian Jones, 52, took off from Switzerland in a balloon."),
                ("b.txt", Tuesday + "Balloon flight\n\nThe pilot Brian Jones landed in Egypt. But Jones, a {|EDL0003:51-year-old|} former airman, said the landing was rough."));

        [Fact]
        public void a_one_word_name_after_an_age_is_the_one_person_the_article_names_in_full() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "ANGELINA JOLIE ON THE EDGE\n\nAngelina Jolie lives on the edge. Jolie, 24, won an award."),
                ("b.txt", Tuesday + "Film\n\nThe actress Angelina Jolie spoke. The {|EDL0003:26-year-old|} Jolie says she is happy."));

        [Fact]
        public void a_toll_with_a_part_on_the_ground_against_the_same_toll_without_it() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Jet crash in Gonesse\n\nThe jet crashed in Gonesse, killing 114 people, including five on the ground."),
                ("b.txt", Tuesday + "Jet crash in Gonesse\n\nThe jet crashed in Gonesse and killed {|EDL0003:113|} people."));

        [Fact]
        public void a_toll_of_last_week_in_dated_copy_is_the_story_toll() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Jet crash in Gonesse\n\nThe jet crashed in Gonesse last week and killed 114 people."),
                ("b.txt", Tuesday + "Jet crash in Gonesse\n\nThe jet crashed in Gonesse and killed {|EDL0003:113|} people."));

        [Fact]
        public void an_age_one_year_up_within_two_months() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Speaker\n\nThe speaker, Newt Gingrich, 55, spoke in Atlanta."),
                ("b.txt", "---\ndate: 2025-11-30\n---\nSpeaker\n\nThe former speaker, Newt Gingrich, {|EDL0003:56|}, spoke in Atlanta."));

        [Fact]
        public void an_age_two_years_up_thirteen_months_later() =>
            Verifier().WithOption("editorial_lint.EDL0003.max_days_apart", "500").VerifyCorpus(
                ("a.txt", Monday + "Speaker\n\nThe speaker, Newt Gingrich, 55, spoke in Atlanta."),
                ("b.txt", "---\ndate: 2026-11-13\n---\nSpeaker\n\nThe former speaker, Newt Gingrich, {|EDL0003:57|}, spoke in Atlanta."));

        [Fact]
        public void two_magnitudes_of_one_quake_as_a_suggestion()
        {
            var findings = Verifier().Lint(
                ("a.txt", Monday + "Quake\n\nThe quake in Izmit measured magnitude 7.4, seismologists in Izmit said."),
                ("b.txt", Tuesday + "Quake\n\nThe quake in Izmit measured magnitude 7.6, seismologists in Izmit said."),
                ("c.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 23 Pakistani soldiers were killed in Kurram."),
                ("d.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 25 Pakistani soldiers were killed in Kurram."));
            Assert.Equal(2, findings.Count);
            Assert.Equal(EditorialLint.Rules.Severity.Suggestion, findings.Single(f => f.Path.EndsWith("b.txt", System.StringComparison.Ordinal)).Severity);
            Assert.Contains("often revised", findings.Single(f => f.Path.EndsWith("b.txt", System.StringComparison.Ordinal)).Message);
            Assert.Equal(EditorialLint.Rules.Severity.Warning, findings.Single(f => f.Path.EndsWith("d.txt", System.StringComparison.Ordinal)).Severity);
        }

        [Fact]
        public void an_undated_lower_toll_in_copy_further_into_the_week_of_the_event() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed 132 people in Paris, officials in Paris said. The attacks began on Friday night. Police searched flats on Saturday."),
                ("b.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed {|EDL0003:129|} people in Paris, officials in Paris said. The attacks began on Friday night. Ministers met on Tuesday."));

        [Fact]
        public void an_undated_toll_beside_a_weekday_that_comes_with_its_date() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed 129 people in Paris, officials in Paris said. The attacks began on Friday night. Police searched flats on Saturday."),
                ("b.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed {|EDL0003:132|} people in Paris, officials in Paris said. The attacks began on Friday night. An image posted on Tuesday, Jan. 14, 2014 shows fighters."));

        [Fact]
        public void a_lone_one_that_counts_a_person() =>
            Verifier().Verify("Police said one person was killed in Quetta. Rescuers searched. Doctors said {|EDL0003:three|} people were killed in Quetta.");

        [Fact]
        public void an_incident_the_article_names_with_a_past_year_is_settled_history() =>
            Verifier().VerifyCorpus(
                ("a.txt", "---\ndate: 1998-10-15\n---\nRudolph charged with 1996 Olympics bombing\n\nFederal authorities charged Eric Rudolph with the bombing in Atlanta. Rudolph is on the run. Agents searched the forest.\n\nThe Olympic bombing killed one person and injured more than 100 others."),
                ("b.txt", "---\ndate: 1998-10-16\n---\nOlympic bomb charges filed\n\nFederal authorities charged Eric Rudolph in the Olympic park bombing of 1996 in Atlanta. Rudolph is on the run. Agents searched the forest.\n\n{|EDL0003:Two|} people died and 100 were wounded in the Olympics bombing."));

        [Fact]
        public void a_headline_that_drops_the_verb() =>
            Verifier().Verify("Seven arrested in Lahore raid\n\nPolice arrested {|EDL0003:nine|} people in Lahore on Sunday.");

        [Fact]
        public void a_time_anchor_of_the_story_itself_does_not_set_a_count_apart() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Nairobi blast\n\nRescuers worked. Crowds gathered. Officials spoke. The blast in Nairobi killed 213 people, officials in Nairobi said."),
                ("b.txt", Tuesday + "Nairobi blast\n\nRescuers worked. Crowds gathered. Officials spoke. The October blast in Nairobi killed {|EDL0003:204|} people, officials in Nairobi said in October."));

        [Fact]
        public void one_article_that_changes_its_own_figure() =>
            Verifier().Verify("Twelve people were injured in Quetta. Doctors treated them. Later {|EDL0003:30|} people were injured in Quetta, police said.");

        [Fact]
        public void an_exact_figure_outside_an_at_least_figure() =>
            Verifier().Verify("At least 40 people were killed in Bannu. Rescuers searched. In all, {|EDL0003:32|} people were killed in Bannu.");

        [Fact]
        public void an_exact_figure_above_an_up_to_figure() =>
            Verifier().Verify("Up to 10 miners were killed in Duki. Rescuers searched. Police said {|EDL0003:14|} miners were killed in Duki.");

        [Fact]
        public void an_exact_figure_far_from_an_about_figure() =>
            Verifier().Verify("About 50 people were injured in Swat. Rescuers searched. Police said {|EDL0003:75|} people were injured in Swat.");

        [Fact]
        public void headline_and_body_that_disagree() =>
            Verifier().Verify("Six dead in Bannu clash\n\nPolice said {|EDL0003:five|} people were killed in Bannu on Sunday.");

        [Fact]
        public void two_ledes_of_one_day_that_name_the_place_differently() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Kyiv strike\n\nKYIV, Ukraine: Russia launched drones and missiles at Kyiv on Tuesday, killing at least 16 people, Ukrainian officials in Kyiv said."),
                ("b.txt", Monday + "Russian strikes kill {|EDL0003:14|} in Kyiv\n\nRussia launched drones and missiles at Ukraine on Tuesday, Ukrainian officials in Kyiv said."));

        [Fact]
        public void two_ledes_of_one_day_that_share_a_city_as_well_as_the_country() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "India blast\n\nNEW DELHI: At least 12 people were killed in a blast in Srinagar, India, officials said."),
                ("b.txt", Monday + "India blast\n\nNEW DELHI: A blast in Srinagar, India killed {|EDL0003:eight|} people, officials said."));

        [Fact]
        public void a_headline_and_a_lede_that_share_a_name() =>
            Verifier().Verify("One killed, two injured in Quetta blast\n\nQUETTA: One person was killed and {|EDL0003:four|} others were injured in a bomb explosion on Sunday night.");

        [Fact]
        public void undated_articles_in_path_order() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Kurram clash\n\nOfficials in Kurram said 23 Pakistani soldiers were killed in Kurram."),
                ("b.txt", "Kurram clash\n\nOfficials in Kurram said {|EDL0003:25|} Pakistani soldiers were killed in Kurram."));

        [Fact]
        public void a_headline_place_within_the_other_ledes_place() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Six dead in Bannu clash\n\nBANNU: A clash between two families left six people dead on Monday, police said."),
                ("b.txt", Monday + "Families clash\n\nA clash between two families in the Hadri Sarkhel area of Bannu district left {|EDL0003:five|} people dead on Monday."));

        [Fact]
        public void body_figures_with_the_same_places() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Paris attacks\n\nFrance mourned. Leaders spoke. Police searched. The attacks in Paris killed 127 people."),
                ("b.txt", "Paris attacks\n\nFrance mourned. Leaders spoke. Police searched. In Paris, {|EDL0003:132|} people were killed in the attacks."));

        [Fact]
        public void a_place_marked_by_an_incident_word() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Quetta blast\n\nTwo people were killed in the Quetta blast on Monday."),
                ("b.txt", Monday + "Quetta blast\n\nThe Quetta blast on Monday killed {|EDL0003:three|} people."));

        [Fact]
        public void two_ages_of_one_named_person() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Raids\n\nPolice are hunting Mohamed Abrini, 30, who was filmed at a petrol station. Belgian police raided flats in Molenbeek after the Paris attacks of 13 November."),
                ("b.txt", "Raids\n\nA warrant was issued for a man named as Mohamed Abrini, {|EDL0003:29|}. Belgian police raided flats in Molenbeek after the Paris attacks of 13 November."));

        [Fact]
        public void undated_ages_a_year_apart_in_copy_of_the_same_week_of_the_event() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Raids\n\nPolice raided flats in Molenbeek on Saturday after the Paris attacks on Friday night. Police are hunting Mohamed Abrini, 30, who was filmed at a petrol station."),
                ("b.txt", "Raids\n\nPolice raided flats in Molenbeek on Monday after the Paris attacks on Friday night. A warrant was issued for Mohamed Abrini, {|EDL0003:29|}, filmed at a petrol station."),
                ("c.txt", "Raids\n\nPolice raided flats in Molenbeek after the Paris attacks on Friday night. Mourners gathered on Sunday."));

        [Fact]
        public void an_age_two_years_up_thirteen_months_later_beyond_max_days_apart() =>
            Verifier().VerifyCorpus(
                ("a.txt", "---\ndate: 1999-04-23\n---\nFilm\n\nThe actress Angelina Jolie spoke. The 23-year-old Jolie says she is happy."),
                ("b.txt", "---\ndate: 2000-05-26\n---\nFilm\n\nThe actress Angelina Jolie spoke again. Jolie, {|EDL0003:25|}, won an award."));

        [Fact]
        public void a_toll_placed_by_the_target_the_attack_is_named_by() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Embassy bombing\n\nInvestigators searched the rubble of the embassy. A bombing of the US Embassy in Kenya left at least 224 people dead."),
                ("b.txt", NextMonth + "Embassy bombing\n\nInvestigators searched the rubble of the embassy. A bomb went off outside the US Embassy in Nairobi, killing {|EDL0003:213|} people."));

        [Fact]
        public void an_age_before_the_name_and_one_after_it() =>
            Verifier().Verify("Abdelhamid Abaaoud, 27, planned the attacks. Officials spoke. Police found the body of {|EDL0003:28-year-old|} Abdelhamid Abaaoud on Thursday.");

        [Fact]
        public void a_larger_count_at_several_sites_than_the_total() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Atlanta shooting\n\nATLANTA: A shooting spree in Atlanta killed nine people and injured 12."),
                ("b.txt", Monday + "Atlanta shooting\n\nATLANTA: Barton killed nine people in two Atlanta offices, injuring {|EDL0003:13|} others."));

        [Fact]
        public void figures_of_one_day_in_one_story_without_places() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Aid sites\n\nLeaders spoke. Police searched. Spokesman Karim Haddad told Reuters that six people were killed while queuing for aid."),
                ("b.txt", Monday + "Aid sites\n\nLeaders spoke. Police searched. Spokesman Karim Haddad told Reuters that {|EDL0003:five|} people were killed while queuing for aid."));

        [Fact]
        public void a_later_article_with_a_lower_toll_and_no_revision() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Embassy bombing\n\nThe embassy bombing in Nairobi killed 224 people, investigators of the embassy bombing said."),
                ("b.txt", NextMonth + "Embassy bombing\n\nThe embassy bombing in Nairobi killed {|EDL0003:213|} people, investigators of the embassy bombing said."));

        [Fact]
        public void a_fixed_fact_weeks_apart() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Submarine\n\nThe Kursk submarine sank with 116 sailors on board, the navy of Russia said of the Kursk."),
                ("b.txt", NextMonth + "Submarine\n\nThe Kursk submarine sank with {|EDL0003:118|} crew aboard, the navy of Russia said of the Kursk."));

        [Fact]
        public void two_magnitudes_of_one_quake() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Quake\n\nThe quake in Izmit measured magnitude 7.4, seismologists in Izmit said."),
                ("b.txt", Tuesday + "Quake\n\nThe quake in Izmit measured magnitude {|EDL0003:7.6|}, seismologists in Izmit said."));

        [Fact]
        public void an_age_that_falls_in_a_later_article() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Inquiry\n\nThe inquiry into the death of Stephen Lawrence, 18, opened in London."),
                ("b.txt", NextMonth + "Inquiry\n\nThe inquiry into the death of {|EDL0003:17-year-old|} Stephen Lawrence closed in London."));

        [Fact]
        public void an_age_one_higher_a_day_later() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Bombing suspect\n\nAgents searched the hills for Eric Rudolph, 31, a carpenter."),
                ("b.txt", Tuesday + "Bombing suspect\n\nAgents searched the hills for {|EDL0003:32-year-old|} Eric Rudolph, a carpenter."));

        [Fact]
        public void an_age_given_with_a_one_word_name_that_the_event_names_in_full() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Atlanta shooting\n\nThe gunman in the Atlanta shooting killed his children, 11-year-old Thomas and 7-year-old Elizabeth Mychelle, at home."),
                ("b.txt", Monday + "Atlanta shooting\n\nThe gunman in the Atlanta shooting killed his children, Thomas, 11, and Mychelle, {|EDL0003:8|}, at home."));

        [Fact]
        public void two_desks_ledes_of_one_incident_that_share_few_words() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Six dead in Bannu clash\n\nBANNU: A violent clash between two rival clans in the Khadri Mamandkhel area of Bannu resulted in the deaths of six individuals and also left three others, including a boy, injured."),
                ("b.txt", Monday + "Families feud\n\nA deadly armed clash between rival households in Hadri Mamandkhel area of Bannu district left {|EDL0003:five|} people dead and three others injured, police sources said."),
                ("c.txt", Monday + "Weather\n\nRain is expected across the country this week, the meteorological department said in its forecast."));

        [Fact]
        public void a_settled_toll_of_a_past_year_higher_months_later() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "West Nile virus\n\nHealth officials warned of the virus. In 2024 the virus killed seven people in the New York area."),
                ("b.txt", NextMonth + "West Nile virus\n\nHealth officials warned of the virus. Last year the virus killed {|EDL0003:nine|} people in the New York area."));

        [Fact]
        public void the_message_says_which_is_newer_and_what_to_do()
        {
            var findings = Verifier().Lint(
                ("001.txt", Monday + "Embassy bombing\n\nThe embassy bombing in Nairobi killed 224 people, investigators of the embassy bombing said."),
                ("002.txt", NextMonth + "Embassy bombing\n\nThe embassy bombing in Nairobi killed 213 people, investigators of the embassy bombing said."));
            var message = Assert.Single(findings).Message;
            Assert.Contains("this one is 38 days newer yet lower", message, System.StringComparison.Ordinal);
            Assert.Contains("say the figure was revised", message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void the_message_names_the_source_a_value_is_given_by_and_says_the_sources_differ()
        {
            var findings = Verifier().Lint(
                ("a.txt", Monday + "Quake\n\nThe quake in Izmit was put at magnitude 7.5 by the MIT scientists, seismologists in Izmit said."),
                ("b.txt", Tuesday + "Quake\n\nThe quake in Izmit was put at magnitude 7.3 by the US Geological Survey, seismologists in Izmit said."),
                ("c.txt", "---\ndate: 2025-10-15\n---\nQuake\n\nThe quake in Izmit measured magnitude 7.6, seismologists in Izmit said."));
            var second = findings.Single(f => f.Path.EndsWith("b.txt", System.StringComparison.Ordinal)).Message;
            Assert.StartsWith("'7.3 magnitude' (by US Geological Survey) conflicts with '7.5 magnitude' (by MIT scientists) in a.txt(", second, System.StringComparison.Ordinal);
            Assert.Contains("the sources differ (US Geological Survey against MIT scientists): say whose figure each is", second, System.StringComparison.Ordinal);
            var third = findings.Single(f => f.Path.EndsWith("c.txt", System.StringComparison.Ordinal)).Message;
            Assert.StartsWith("'7.6 magnitude' conflicts with '7.3 magnitude' (by US Geological Survey) in b.txt(", third, System.StringComparison.Ordinal);
            Assert.DoesNotContain("the sources differ", third, System.StringComparison.Ordinal);
        }

        [Fact]
        public void a_toll_killed_by_someone_names_no_source_but_according_to_does()
        {
            var findings = Verifier().Lint(
                ("001.txt", Monday + "Kurram clash\n\nAccording to the Kurram police, 23 soldiers were killed by militants in Kurram."),
                ("002.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 25 soldiers were killed by militants in Kurram."));
            Assert.StartsWith("'25 soldiers killed' conflicts with '23 soldiers killed' (by Kurram police) in 001.txt(", Assert.Single(findings).Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void each_rival_once_in_one_finding()
        {
            var findings = Verifier().Lint(
                ("001.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 23 Pakistani soldiers were killed in Kurram."),
                ("002.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 27 Pakistani soldiers were killed in Kurram."),
                ("003.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 25 Pakistani soldiers were killed in Kurram."));
            Assert.Equal(2, findings.Count);
            var last = Assert.Single(findings, f => f.Path == "003.txt");
            Assert.Equal(new[] { "002.txt", "001.txt" }, last.Related.Select(r => r.Path).ToArray());
            Assert.Contains(" and 1 other article: ", last.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void the_message_names_both_figures_and_the_other_place()
        {
            var findings = Verifier().Lint(
                ("001.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 23 Pakistani soldiers were killed in Kurram."),
                ("002.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 25 Pakistani soldiers were killed in Kurram."));
            var finding = Assert.Single(findings);
            Assert.StartsWith("'25 soldiers killed' conflicts with '23 soldiers killed' in 001.txt(", finding.Message, System.StringComparison.Ordinal);
            Assert.Equal("001.txt", Assert.Single(finding.Related).Path);
        }

        [Fact]
        public void the_message_names_the_other_claim_by_file_name_only_and_this_article_for_its_own()
        {
            var across = Verifier().Lint(
                ("desk/2025/001.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 23 Pakistani soldiers were killed in Kurram."),
                ("desk/2025/002.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 25 Pakistani soldiers were killed in Kurram."));
            Assert.Contains(" in 001.txt(", Assert.Single(across).Message, System.StringComparison.Ordinal);
            var within = Verifier().Lint(("desk/q.txt", "One killed, two injured in Quetta bombing\n\nQUETTA: One man was killed and four others were wounded when a bomb went off on Sunday night."));
            Assert.Contains("in this article(1,13): ", Assert.Single(within).Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void an_other_article_with_this_articles_file_name_is_named_from_the_folder_where_the_paths_part()
        {
            // A desk's dated folders give every day's story the same name: "in blast.txt(…)" would read as this article.
            var findings = Verifier().Lint(
                ("desk/2026/11/03/blast.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 23 Pakistani soldiers were killed in Kurram."),
                ("desk/2026/11/04/blast.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 25 Pakistani soldiers were killed in Kurram."));
            Assert.StartsWith("'25 soldiers killed' conflicts with '23 soldiers killed' in 03/blast.txt(", Assert.Single(findings).Message, System.StringComparison.Ordinal);
        }
    }

    public class Repeats
    {
        [Fact]
        public void an_article_that_repeats_two_tolls_gets_one_finding_for_the_pair()
        {
            var text = new System.Text.StringBuilder("Quetta blast\n\n");
            for (var i = 0; i < 200; i++) text.Append(i % 2 == 0 ? "Police said 23 people were killed in Quetta. " : "Police said 25 people were killed in Quetta. ");
            var finding = Assert.Single(Verifier().Lint(("a.txt", text.ToString())));
            Assert.Contains("(the same pair of figures 198 more times)", finding.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void each_pair_of_values_is_reported_once()
        {
            var text = new System.Text.StringBuilder("Quetta blast\n\n");
            for (var i = 0; i < 30; i++) text.Append((i % 3) switch { 0 => "Police said 23 people were killed in Quetta. ", 1 => "Police said 25 people were killed in Quetta. ", _ => "Police said 40 people were killed in Quetta. " });
            var findings = Verifier().Lint(("a.txt", text.ToString()));
            Assert.Equal(3, findings.Count);
        }

        [Fact]
        public void copies_of_a_story_in_two_articles_get_one_finding_per_article_pair()
        {
            string Story(int toll) => Monday + "Kurram clash\n\n" + string.Concat(Enumerable.Repeat($"Officials in Kurram said {toll} Pakistani soldiers were killed in Kurram. ", 50));
            Assert.Single(Verifier().Lint(("a.txt", Story(23)), ("b.txt", Story(25))));
        }
    }

    /// <summary>Cost as counted comparisons of claim pairs, never as time: doubling the input at most doubles the work.</summary>
    public class Cost
    {
        private static long ComparisonsInOneArticle(int sentences)
        {
            var text = new System.Text.StringBuilder("Quetta blast\n\n");
            for (var i = 0; i < sentences; i++) text.Append(i % 2 == 0 ? "Police said 23 people were killed in Quetta. " : "Police said 25 people were killed in Quetta. ");
            var rule = new ConflictingNumbersRule();
            new RuleVerifier(rule).Lint(("a.txt", text.ToString()));
            return rule.Comparisons;
        }

        private static long ComparisonsInCorpus(int articles)
        {
            var rule = new ConflictingNumbersRule();
            var corpus = Enumerable.Range(0, articles)
                .Select(i => ($"{i:D5}.txt", Monday + $"Kurram clash\n\nOfficials in Kurram said {20 + i % 7} Pakistani soldiers were killed in Kurram."))
                .ToArray();
            new RuleVerifier(rule).Lint(corpus);
            return rule.Comparisons;
        }

        [Fact]
        public void an_article_of_repeated_toll_sentences_is_linear() =>
            LinearGrowth.Assert(ComparisonsInOneArticle, 2_000, "sentences");

        [Fact]
        public void a_corpus_of_one_story_is_linear_in_its_claims() =>
            LinearGrowth.Assert(ComparisonsInCorpus, 1_500, "articles");
    }

    public class Ignores
    {
        [Fact]
        public void a_higher_tally_two_days_later_whose_statement_names_a_weekday() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Offensive in Tirah valley\n\nAt least 120 militants were killed in the Tirah valley of Khyber district, security officials said on Monday."),
                ("b.txt", "---\ndate: 2025-10-15\n---\nTirah valley offensive ends\n\nThe army said on Wednesday that 210 militants were killed in the Tirah valley of Khyber district."));

        [Fact]
        public void a_weekday_after_a_check_post_dates_the_attack_not_a_statement() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Attack in Kurram\n\nMilitants attacked a check post on Monday and killed 12 soldiers in Kurram district."),
                ("b.txt", "---\ndate: 2025-10-15\n---\nAttack in Kurram\n\nMilitants attacked a check post on Wednesday and killed 5 soldiers in Kurram district."));

        [Fact]
        public void a_lower_tally_two_days_later_with_revision_wording() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Offensive in Tirah valley\n\nOver 200 militants were killed in the Tirah valley of Khyber district, security officials said on Monday."),
                ("b.txt", "---\ndate: 2025-10-15\n---\nTirah valley offensive ends\n\nThe army said on Wednesday that 120 militants were killed in the Tirah valley of Khyber district, a revised figure."));

        [Fact]
        public void a_headline_takes_the_day_of_its_lede_statement() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Nine militants killed in three Kurram raids\n\nSecurity forces killed nine militants in three raids in Kurram district over two days, the military said."),
                ("b.txt", "---\ndate: 2025-11-03\n---\nFive militants killed in Kurram raids\n\nFive militants were killed in two raids in Kurram district, the military said on Monday."));

        [Fact]
        public void a_lower_tally_two_days_later_after_a_recount() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Offensive in Tirah valley\n\nOver 200 militants were killed in the Tirah valley of Khyber district, security officials said on Monday."),
                ("b.txt", "---\ndate: 2025-10-15\n---\nTirah valley offensive ends\n\nThe army said on Wednesday that after a recount 120 militants were killed in the Tirah valley of Khyber district."));

        [Fact]
        public void a_lower_tally_in_another_valley_said_on_a_weekday() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Offensive in Tirah valley\n\nOver 200 militants were killed in the Tirah valley of Khyber district, security officials said on Monday."),
                ("b.txt", "---\ndate: 2025-10-15\n---\nOffensive in Kurram\n\nThe army said on Wednesday that 120 militants were killed in the Parachinar area of Kurram district."));

        [Fact]
        public void one_site_count_against_another_sites_count_in_one_spree() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Riverton gunman kills nine\n\nA gunman killed nine people in two Riverton offices on Monday, police said.\n\nDetectives worked. Officers spoke.\n\nThe gunman first walked into the Harbor Trust office at the Quayside Tower.\n\nThree people were dead within minutes.\n\nHe then crossed the road into the Lakeside Lending branch in the Elm Court building. Six died there."),
                ("b.txt", Monday + "Riverton gunman kills nine\n\nA gunman killed nine people in two Riverton offices on Monday, police said.\n\nDetectives worked late. Officers spoke.\n\nThe gunman first walked into the Harbor Trust office at the Quayside Tower.\n\nThree people were dead within minutes.\n\nHe then crossed the road into the Lakeside Lending branch in the Elm Court building. Six died there."));

        [Fact]
        public void a_site_count_against_the_whole_toll_of_a_spree_split_by_site() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Riverton gunman kills nine\n\nA gunman killed nine people in two Riverton offices on Monday, police said.\n\nDetectives worked. Officers spoke.\n\nThe gunman first walked into the Harbor Trust office at the Quayside Tower.\n\nThree people were dead within minutes.\n\nHe then crossed the road into the Lakeside Lending branch in the Elm Court building. Six died there."),
                ("b.txt", Monday + "Riverton gunman kills nine\n\nA gunman killed nine people in two Riverton offices on Monday, police said.\n\nDetectives worked. Officers spoke.\n\nSeven people were killed, police said later."));

        [Fact]
        public void an_earlier_incident_brought_in_with_a_and_its_own_day_for_comparison() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Office shooting\n\nA gunman killed five people on Monday, police said.\n\nDetectives worked. Officers spoke. The city is still shaken by earlier shootings, including a domestic dispute September 12 that left seven people dead."),
                ("b.txt", Monday + "Office shooting\n\nA gunman killed five people on Monday, police said."));

        [Fact]
        public void placeless_tolls_of_two_days_whose_ledes_name_two_spots() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Militant raid\n\nTroops raided a militant hideout in Orakzai, officials said.\n\nNine soldiers died in the exchange of fire, the army said."),
                ("b.txt", Tuesday + "Militant raid\n\nTroops raided a militant hideout in Bajaur, officials said.\n\nSix soldiers died in the exchange of fire, the army said."));

        [Fact]
        public void placeless_figures_of_a_story_of_the_last_24_hours_on_two_days() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Road crashes\n\nKARACHI: Rescue crews answered 812 road crashes across Sindh during the last 24 hours.\n\nIn these crashes, nine people died, while 950 were hurt."),
                ("b.txt", Tuesday + "Road crashes\n\nKARACHI: Rescue crews answered 790 road crashes across Sindh during the last 24 hours.\n\nIn these crashes, six people died, while 930 were hurt."));

        [Fact]
        public void placeless_tolls_of_two_days_deep_in_the_body() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Orakzai raid\n\nTroops raided a militant hideout in Orakzai, officials said. The raid began before dawn. Roads were closed.\n\nNine soldiers died in the exchange of fire, the army said."),
                ("b.txt", Tuesday + "Orakzai raid\n\nThe raid on a militant hideout in Orakzai was over, officials said. The raid began before dawn. Roads were closed.\n\nSix soldiers died in the exchange of fire, the army said."));

        [Fact]
        public void tolls_of_two_weekdays_in_copy_of_two_days() =>
            Verifier().VerifyCorpus(
                ("a.txt", Tuesday + "Orakzai raid\n\nTroops raided a militant hideout in Orakzai, officials said.\n\nNine soldiers died in the exchange of fire on Monday, the army said."),
                ("b.txt", "---\ndate: 2025-10-15\n---\nOrakzai raid\n\nThe raid on a militant hideout in Orakzai was over, officials said.\n\nSix soldiers died in the exchange of fire on Tuesday, the army said."));

        [Fact]
        public void undated_ages_a_year_apart_in_two_stories_that_only_name_the_person() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Thanou appeal\n\nThe sprinter Katerina Thanou, 29, will appeal against her ban. Thanou missed a drugs test in Athens. Lawyers for Thanou said the ban was unfair and the federation would be asked to review it."),
                ("b.txt", "Indoor season\n\nKaterina Thanou, 30, ran the fastest time of the year in Piraeus. Thanou beat a strong field. Coaches praised the track and the crowd at the indoor meeting on Sunday."));

        [Fact]
        public void others_infected_besides_the_dead_against_everyone_infected() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Fever in Lahore\n\nHospitals in Lahore said seven people have died and 55 others were infected in Lahore."),
                ("b.txt", Monday + "Fever in Lahore\n\nHospitals in Lahore said 62 people were infected in Lahore."));

        [Fact]
        public void one_place_share_of_a_toll_split_by_place_against_the_whole() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Fever deaths\n\nThe fever killed six people in Lahore and one in Kasur, officials said."),
                ("b.txt", Monday + "Fever deaths\n\nThe fever killed seven people in Lahore, officials said."));

        [Fact]
        public void one_explosion_against_five_blasts() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Five Blasts Kill 36, Injure 74 in Grozny\n\nFive blasts hit Grozny, officials said."),
                ("b.txt", Monday + "Blasts in Grozny\n\nA truck explosion in Grozny wounded 81 people overnight, officials said."));

        [Fact]
        public void the_scene_of_one_venue_against_a_series_of_attacks() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Paris attacks\n\nFrance mourned after a series of attacks that killed more than 120 people in Paris, officials in Paris said."),
                ("b.txt", "Paris attacks\n\nThe suspect returned to the scene where 90 people were killed in Paris, officials in Paris said."));

        [Fact]
        public void an_undated_venue_toll_lower_under_a_lower_story_toll() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Paris attacks\n\nAt least 128 people were killed in attacks in Paris, officials in Paris said. Rescuers worked. Crowds gathered.\n\nEighty people were killed at the Bataclan in Paris, officials said."),
                ("b.txt", "Paris attacks\n\nAt least 129 people were killed in attacks in Paris, officials in Paris said. Rescuers worked. Crowds gathered.\n\n89 people were killed at the Bataclan in Paris, officials said."));

        [Fact]
        public void undated_ages_a_year_apart_in_copy_of_one_story_that_tells_of_other_months() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Thanou ban\n\nThe sprinter Katerina Thanou, 29, faces a ban for missing a drugs test in Athens on 12 August. Lawyers for Thanou said the ban was unfair and the federation would be asked to review it."),
                ("b.txt", "Thanou ban\n\nThe sprinter Katerina Thanou, 30, was cleared by a tribunal on 18 March of missing a drugs test in Athens. Lawyers for Thanou said the ban had been unfair and the federation had been asked to review it."));

        [Fact]
        public void undated_ages_a_year_apart_in_copy_of_one_story_that_names_no_day() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Thanou ban\n\nThe sprinter Katerina Thanou, 29, faces a ban for missing a drugs test in Athens this summer. Lawyers for Thanou said the ban was unfair and the federation would be asked to review it."),
                ("b.txt", "Thanou ban\n\nThe sprinter Katerina Thanou, 30, was cleared by a tribunal of missing a drugs test in Athens. Lawyers for Thanou said the ban had been unfair and the federation had been asked to review it."));

        [Fact]
        public void two_ledes_of_one_day_that_share_only_a_country_name() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "India plane crash\n\nNEW DELHI: More than 250 people were killed in an India plane crash, a hospital said."),
                ("b.txt", Monday + "India attack suspects\n\nNEW DELHI: Gunmen in Pahalgam killed 26 people in India two months ago."));

        [Fact]
        public void a_regional_toll_against_a_national_toll() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Quake near Izmit\n\nIZMIT, Turkey _ Rescuers pleaded with Turkey to turn from the more than 10,000 dead to the survivors."),
                ("b.txt", Monday + "Quake near Izmit\n\nIn Izmit region, where the epicenter was, 3,261 people were killed."));

        [Fact]
        public void a_body_figure_far_below_another_articles_is_a_part_not_a_misreport() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed 129 people in Paris, officials in Paris said."),
                ("b.txt", Tuesday + "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed 89 people in Paris, officials in Paris said."));

        [Fact]
        public void a_verb_with_an_object_counts_the_perpetrators() =>
            Verifier().Verify("Paris attacks\n\nSeven men killed 129 people in Paris. Rescuers worked. Police said nine men were killed in Paris.");

        [Fact]
        public void undated_stages_of_a_toll_the_coverage_says_rose() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. The death toll rose to 130 in Paris, officials in Paris said."),
                ("b.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed 127 people in Paris, officials in Paris said."),
                ("c.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed 129 people in Paris, officials in Paris said."));

        [Fact]
        public void passengers_picked_out_by_different_verbs_are_two_groups() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Flight MH370\n\nTwo passengers who boarded with stolen passports flew from Kuala Lumpur, Malaysia Airlines said."),
                ("b.txt", Monday + "Flight MH370\n\nFour passengers who checked in for the flight in Kuala Lumpur did not show up, Malaysia Airlines said."));

        [Fact]
        public void two_round_ups_of_a_days_road_crashes() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Six killed in road crashes\n\nSix people died in different road mishaps in Karachi on Sunday, police in Karachi said."),
                ("b.txt", Monday + "Two killed in road accidents\n\nTwo people died in road accidents in Karachi on Sunday, police in Karachi said."));

        [Fact]
        public void an_undated_toll_higher_in_copy_that_tells_of_later_days() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed 130 people in Paris, officials in Paris said. Police raided a flat on 18 November."),
                ("b.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed 127 people in Paris, officials in Paris said. The attacks began on 13 November."));

        [Fact]
        public void those_still_in_hospital_are_a_part_of_the_injured() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Atlanta shooting\n\nRescuers worked. Crowds gathered. Officials spoke. In Atlanta, 13 people were injured in the shootings, police in Atlanta said."),
                ("b.txt", Monday + "Atlanta shooting\n\nRescuers worked. Crowds gathered. Officials spoke. In Atlanta, 10 people wounded in the shootings remain hospitalized, police in Atlanta said."),
                ("c.txt", Monday + "Atlanta shooting\n\nRescuers worked. Crowds gathered. Officials spoke. In Atlanta, 10 people injured in the shootings are still in hospital, police in Atlanta said."));

        [Fact]
        public void a_named_incident_of_years_ago_cited_for_comparison() =>
            Verifier().VerifyCorpus(
                ("a.txt", "---\ndate: 1999-11-10\n---\nEgyptAir crash\n\nRescuers worked. Crowds gathered. Officials spoke. The crash off Nantucket killed all 217 people on board.\n\nSpeculation grew as another 767 crashed in Thailand in 1991. The Alpina Air crash killed all 223 people aboard."),
                ("b.txt", "---\ndate: 1999-11-15\n---\nEgyptAir crash\n\nRescuers worked. Crowds gathered. Officials spoke. Investigators asked whether a deliberate act caused the jet to crash, killing all 217 people on board."));

        [Fact]
        public void an_age_as_of_a_year_before_the_copy_is_an_age_at_that_time() =>
            Verifier().VerifyCorpus(
                ("a.txt", "---\ndate: 1999-11-05\n---\nShepard trial\n\nThe trial of Aaron Kinsey opened in Laramie. Aaron Kinsey, 22, is charged with murder in Laramie."),
                ("b.txt", "---\ndate: 1999-11-08\n---\nShepard trial\n\nThe trial of Aaron Kinsey went on in Laramie. On Oct. 6, 1998, Aaron Kinsey, 21, and a friend lured a student out of a bar in Laramie."));

        [Fact]
        public void a_bare_one_that_points_back_at_someone() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Paris attacks\n\nSeven attackers struck Paris. Six detonated their belts. Police shot and killed one."),
                ("b.txt", "Paris attacks\n\nSeven attackers struck Paris. Police raided a flat. Police found at least two bodies."));

        [Fact]
        public void overlapping_intervals() =>
            Verifier().Verify("At least 20 people were killed in Bannu. Rescuers searched. Police said 26 people were killed in Bannu.");

        [Fact]
        public void a_nearly_figure_and_the_figure_it_approaches() =>
            Verifier().Verify("Nearly 50 people were injured in Swat. Rescuers searched. Police said 48 people were injured in Swat.");

        [Fact]
        public void a_range_that_holds_the_other_figure() =>
            Verifier().Verify("Between 10 and 15 people were arrested in Lahore. Police said 12 people were arrested in Lahore.");

        [Fact]
        public void a_vague_figure_that_holds_the_other() =>
            Verifier().Verify("Hundreds of people were injured in Izmit. Doctors said 400 people were injured in Izmit.");

        [Fact]
        public void a_round_figure_that_rounds_the_other() =>
            Verifier().Verify("The quake killed 17,000 people in Turkey. Officials said 17,118 people were killed in Turkey.");

        [Fact]
        public void a_city_toll_beside_the_national_toll() =>
            Verifier().Verify("The quake killed 15,000 people in Turkey. Rescuers dug. In Izmit, 4,000 people were killed in Turkey's worst-hit city.");

        [Fact]
        public void people_on_board_and_people_on_the_ground() =>
            Verifier().Verify("The jet carried 242 people on board in Ahmedabad. It crashed. In Ahmedabad, 260 people were killed on the ground and aboard.");

        [Fact]
        public void killed_and_injured() =>
            Verifier().Verify("Police said 23 people were killed in Quetta. Doctors said 40 people were injured in Quetta.");

        [Fact]
        public void a_count_including_the_gunman() =>
            Verifier().Verify("Police said 12 people were killed in Atlanta. Later, 13 people were killed in Atlanta, including the gunman.");

        [Fact]
        public void update_language() =>
            Verifier().Verify("Police said 23 people were killed in Kurram. By evening the toll rose to 31 as 31 people were killed in Kurram.");

        [Fact]
        public void a_figure_inside_a_quotation() =>
            Verifier().Verify("Police said 23 people were killed in Kurram. \"We think 40 people were killed in Kurram,\" a elder said.");

        [Fact]
        public void a_contested_claim() =>
            Verifier().Verify("Police said 23 soldiers were killed in Kurram. The Taliban claimed 58 soldiers were killed in Kurram.");

        [Fact]
        public void different_time_anchors() =>
            Verifier().Verify("Last October, 23 soldiers were killed in Kurram. Since 2021, 4,000 soldiers were killed in Kurram.");

        [Fact]
        public void two_figures_of_one_sentence() =>
            Verifier().Verify("At least 19 people were killed at Le Carillon in Paris, and 15 people were killed at Le Carillon in Paris later.");

        [Fact]
        public void daily_tolls_of_articles_published_on_different_days() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Gaza aid site\n\nIn Gaza, six people were killed on Monday while waiting for aid in Khan Younis."),
                ("b.txt", Tuesday + "Gaza aid site\n\nIn Gaza, five people were killed on Tuesday while waiting for aid in Khan Younis."));

        [Fact]
        public void a_later_article_with_a_higher_toll_without_places() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Embassy bombing\n\nThe embassy bombing in Nairobi killed 213 people, investigators of the embassy bombing said."),
                ("b.txt", NextMonth + "Embassy bombing\n\nThe embassy bombing in Nairobi killed 224 people, investigators of the embassy bombing said."));

        [Fact]
        public void a_lower_toll_of_a_later_day_without_a_place() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Aid sites\n\nSpokesman Karim Haddad told Reuters that six people were killed while queuing for aid."),
                ("b.txt", Tuesday + "Aid sites\n\nSpokesman Karim Haddad told Reuters that five people were killed while queuing for aid."));

        [Fact]
        public void ages_of_two_people_of_one_name() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Karachi\n\nPolice in Karachi said 17-year-old Aram Bibi was found dead in Karachi."),
                ("b.txt", Tuesday + "Karachi\n\nPolice in Karachi said 30-year-old Aram Bibi was injured in Karachi."));

        [Fact]
        public void a_teaser_of_another_story() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Mardan\n\nMARDAN: Suspected militants killed five people in Mardan, police in Mardan said."),
                ("b.txt", Monday + "Peshawar\n\nPolice in Peshawar said nothing.\n\nMARDAN: Suspected militants killed four people in Mardan..."));

        [Fact]
        public void part_of_the_crew() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Air India crash\n\nAir India said 12 crew were on the Air India flight to London."),
                ("b.txt", Monday + "Air India crash\n\nAir India said 10 cabin crew were on the Air India flight to London."));

        [Fact]
        public void undated_ages_of_copy_that_speaks_of_years_well_apart() =>
            Verifier().VerifyCorpus(
                ("a.txt", "First family\n\nIn 2004 the senator campaigned with his wife and daughters Malia Obama, 6, and Sasha."),
                ("b.txt", "First family\n\nIn 2007 the senator ran for president with his wife and daughters Malia Obama, 9, and Sasha."));

        [Fact]
        public void an_earlier_crash_the_sentence_before_names() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Missing jet\n\nThe missing jet of Malaysia Airlines is the airline's worst loss. Its search goes on. There were 239 people aboard."),
                ("b.txt", "Missing jet\n\nThe missing jet of Malaysia Airlines is the airline's worst loss. Its last crash came in July 2013, when a jet landed short of the runway. There were 307 people aboard."));

        [Fact]
        public void ledes_of_one_day_that_share_one_place_only() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Six dead in Bannu clash\n\nBANNU: A violent clash between two rival clans in the Khadri Mamandkhel area of Bannu resulted in the deaths of six individuals and left three others injured."),
                ("b.txt", Monday + "Families feud\n\nA deadly armed clash between rival families in the Domel area of Bannu left five people dead and three others wounded, police sources said."),
                ("c.txt", Monday + "Weather\n\nRain is expected across the country this week, the meteorological department said in its forecast."));

        [Fact]
        public void passengers_bound_for_two_countries() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Airport\n\nThe FIA immigration unit at Islamabad airport detained seven passengers attempting to fly to Italy on fake resident cards."),
                ("b.txt", Monday + "Airport\n\nThe FIA immigration unit at Islamabad airport detained four passengers attempting to fly to Lithuania on fake resident cards."));

        [Fact]
        public void ages_of_a_one_word_name_two_years_apart() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Atlanta shooting\n\nThe gunman in the Atlanta shooting killed his children, Matthew, 11, and Mychelle, 7, at home."),
                ("b.txt", Monday + "Atlanta shooting\n\nThe gunman in the Atlanta shooting killed his children, Matthew, 13, and Mychelle, 7, at home."));

        [Fact]
        public void a_one_word_name_two_people_of_the_event_share() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Atlanta shooting\n\nThe gunman Mark Barton, 44, shot his wife, Debra Barton, 36, in the Atlanta shooting."),
                ("b.txt", Monday + "Atlanta shooting\n\nThe gunman in the Atlanta shooting was named by police. Barton, 45, left notes."));

        [Fact]
        public void an_age_one_birthday_later() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Speaker\n\nThe speaker, Newt Gingrich, 55, spoke in Atlanta."),
                ("b.txt", "---\ndate: 2026-09-01\n---\nSpeaker\n\nThe former speaker, Newt Gingrich, 56, spoke in Atlanta."));

        [Fact]
        public void an_age_one_year_up_five_months_later() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Actor\n\nThe actor Billy Bob Thornton, 44, arrived in Atlanta."),
                ("b.txt", "---\ndate: 2026-03-08\n---\nActor\n\nThe actor Billy Bob Thornton, 45, arrived in Atlanta."));

        [Fact]
        public void how_many_children_a_victim_had() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Atlanta shooting\n\nLeaders spoke. Police searched. Mourners gathered. Four people were killed in the Atlanta shooting at the office."),
                ("b.txt", Monday + "Atlanta shooting\n\nLeaders spoke. Police searched. Mourners gathered. A club treasurer and father of three who was killed in the Atlanta shooting at the office was buried."));

        [Fact]
        public void an_undated_higher_toll_in_copy_further_into_the_week_of_the_event() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed 129 people in Paris, officials in Paris said. The attacks began on Friday night. Police searched flats on Saturday."),
                ("b.txt", "Paris attacks\n\nRescuers worked. Crowds gathered. Officials spoke. Gunmen killed 132 people in Paris, officials in Paris said. The attacks began on Friday night. Ministers met on Tuesday."));

        [Fact]
        public void a_magnitude_the_sentence_says_was_revised() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Quake\n\nThe quake in Izmit measured magnitude 7.4, seismologists in Izmit said."),
                ("b.txt", Tuesday + "Quake\n\nThe quake in Izmit was given a preliminary magnitude of 7.8, but seismologists in Izmit downgraded that to 7.4."));

        [Fact]
        public void magnitudes_of_two_quakes() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Quake\n\nThe quake in Izmit measured magnitude 7.4, seismologists in Izmit said."),
                ("b.txt", Monday + "Quake\n\nThe quake in Izmit measured magnitude 5.8, seismologists in Izmit said."));

        [Fact]
        public void a_higher_toll_on_a_later_day() =>
            Verifier()
                .WithOption("editorial_lint.EDL0003.max_days_apart", "60")
                .VerifyCorpus(
                    ("a.txt", Monday + "Izmit quake\n\nIn Izmit, 3,261 people were killed, officials in Izmit said."),
                    ("b.txt", NextMonth + "Izmit quake\n\nIn Izmit, 4,179 people were killed, officials in Izmit said."));

        [Fact]
        public void an_undated_article_and_a_dated_one() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Kurram clash\n\nOfficials in Kurram said 23 Pakistani soldiers were killed in Kurram."),
                ("b.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 25 Pakistani soldiers were killed in Kurram."));

        [Fact]
        public void a_part_of_a_total_named_by_a_smaller_place() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Paris attacks\n\nFrance mourned. Leaders spoke. Police searched. The attacks in Paris killed 129 people."),
                ("b.txt", "Paris attacks\n\nFrance mourned. Leaders spoke. Police searched. At the Bataclan in Paris, 89 people were killed."));

        [Fact]
        public void figures_too_far_apart_to_be_one_count() =>
            Verifier().Verify("Leaders spoke. Police searched. The attacks in Paris killed 129 people. Later a gunman in Paris killed four people at a grocery.");

        [Fact]
        public void incidents_of_different_kinds_in_one_place() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Quetta news\n\nLeaders spoke. Police searched. Six people were killed in a bomb blast in Quetta."),
                ("b.txt", Monday + "Quetta news\n\nLeaders spoke. Police searched. Four people were killed in a road accident in Quetta."));

        [Fact]
        public void different_countries() =>
            Verifier().Verify("Leaders spoke. Police searched. A bomb at the U.S. Embassy in Kenya killed 13 people. Another bomb at the U.S. Embassy in Tanzania left 11 people dead.");

        [Fact]
        public void two_spots_of_one_city_in_two_ledes() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Blast\n\nQUETTA: Two people were killed in a blast in the Killi Mangal area. Police Surgeon Ayesha Faiz of Civil Hospital Quetta confirmed it."),
                ("b.txt", Monday + "Blast\n\nQUETTA: Four people were killed in a blast in the Brewery Road area. Police Surgeon Ayesha Faiz of Civil Hospital Quetta confirmed it."));

        [Fact]
        public void figures_of_different_weekdays() =>
            Verifier().VerifyCorpus(
                ("a.txt", Tuesday + "Quetta blasts\n\nQUETTA: A blast in Quetta on Monday killed two people."),
                ("b.txt", Tuesday + "Quetta blasts\n\nQUETTA: A blast in Quetta on Tuesday killed four people."));

        [Fact]
        public void a_headline_that_takes_the_day_of_its_lede() =>
            Verifier().VerifyCorpus(
                ("a.txt", Tuesday + "Two killed in Quetta blast\n\nQUETTA: A blast on Monday killed two people."),
                ("b.txt", Tuesday + "Four killed in Quetta blast\n\nQUETTA: A blast on Tuesday killed four people."));

        [Fact]
        public void daily_figures_of_the_last_24_hours() =>
            Verifier()
                .WithOption("editorial_lint.EDL0003.max_days_apart", "3")
                .VerifyCorpus(
                    ("a.txt", Monday + "Road accidents\n\nIn Punjab's Lahore district, 1,629 people were injured in road accidents during the last 24 hours."),
                    ("b.txt", Tuesday + "Road accidents\n\nIn Punjab's Lahore district, 1,567 people were injured in road accidents during the last 24 hours."));

        [Fact]
        public void a_separate_incident() =>
            Verifier().Verify("Leaders spoke. Police searched. Two soldiers were killed in Kurram. In a separate attack, five soldiers were killed in Kurram.");


        [Fact]
        public void ages_of_two_people_of_one_family() =>
            Verifier().Verify("Police named Mark Barton, 44, as the gunman. His wife, Leigh Ann Barton, 27, was found dead.");

        [Fact]
        public void an_age_with_a_surname_only() =>
            Verifier().Verify("Police named Barton, 44, as the gunman. Officials spoke. A neighbour said Barton, 45, was quiet.");

        [Fact]
        public void a_batsmans_score_in_brackets() =>
            Verifier().Verify("Starc dismissed Ryan Rickelton (16) early. Later Hazlewood dismissed Ryan Rickelton (6) again.");

        [Fact]
        public void an_age_inside_a_quotation() =>
            Verifier().Verify("Police named Mark Barton, 44, as the gunman. \"I knew Mark Barton, 45, well,\" a neighbour said.");

        [Fact]
        public void a_smaller_count_at_several_sites_below_the_total() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Atlanta gunman kills 12 people\n\nATLANTA: Police searched the home of Mark Barton in Atlanta on Monday."),
                ("b.txt", Monday + "Atlanta shooting\n\nATLANTA: Mark Barton walked into two Atlanta brokerages and shot dead nine people."));

        [Fact]
        public void figures_over_different_numbers_of_sites() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "9 terrorists killed in three KP IBOs\n\nRAWALPINDI: Security forces killed nine terrorists in three operations in Khyber Pakhtunkhwa, the ISPR said."),
                ("b.txt", Monday + "7 terrorists killed in two KP operations\n\nRAWALPINDI: Security forces killed seven terrorists in two operations in Khyber Pakhtunkhwa, the ISPR said."));

        [Fact]
        public void daily_figures_of_undated_articles() =>
            Verifier().VerifyCorpus(
                ("a.txt", "Road accidents\n\nLAHORE: Around 10 people died in traffic accidents in Punjab in the last 24 hours, Rescue 1122 said."),
                ("b.txt", "Road accidents\n\nLAHORE: Around 15 people died in traffic accidents in Punjab in the last 24 hours, Rescue 1122 said."));

        [Fact]
        public void a_territory_named_with_a_generic_word() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Aid sites\n\nLeaders spoke. Police searched. Six people were killed in the southern Gaza Strip as they waited for aid, Mahmud Bassal said."),
                ("b.txt", Monday + "Aid sites\n\nLeaders spoke. Police searched. Two people were killed in the central Gaza Strip as they waited for aid, Mahmud Bassal said."));

        [Fact]
        public void unrelated_stories_of_one_day() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Lahore rally\n\nIn Lahore, 12 people were arrested. Shehbaz Sharif and Maryam Nawaz spoke at the PML-N rally in Lahore."),
                ("b.txt", Monday + "Lahore fraud\n\nIn Lahore, 30 people were arrested. The FIA and the SECP raided offices of Alpha Traders in Lahore."));

        [Fact]
        public void across_articles_switched_off() =>
            Verifier()
                .WithOption("editorial_lint.EDL0003.across_articles", "false")
                .VerifyCorpus(
                    ("a.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 23 Pakistani soldiers were killed in Kurram."),
                    ("b.txt", Monday + "Kurram clash\n\nOfficials in Kurram said 25 Pakistani soldiers were killed in Kurram."));

        [Fact]
        public void a_headline_without_names() =>
            Verifier().Verify("Inmate killed, three injured in jail van ambush\n\nA detainee died, while two others were injured, during an ambush near Khairpur on Tuesday.");

        [Fact]
        public void a_toll_that_crosses_a_threshold() =>
            Verifier().Verify("Gaza death toll crosses 55,000\n\nIn Gaza, 16 people were killed on Sunday, officials in Gaza said.");

        [Fact]
        public void body_figures_of_other_incidents_in_stories_of_one_day() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Gaza aid site\n\nGaza civil defence said aid seekers died in Gaza on Monday. Rescuers searched. Officials spoke. In Gaza, six people were killed near Rafah."),
                ("b.txt", Monday + "Gaza aid site\n\nGaza civil defence said aid seekers died in Gaza on Monday. Rescuers searched. Officials spoke. In Gaza, two people were killed near Netzarim."));

        [Fact]
        public void ledes_with_no_name_in_common() =>
            Verifier().VerifyCorpus(
                ("a.txt", Monday + "Quetta and Turbat blasts\n\nIn Quetta, six people were killed by a bomb. Turbat police said Turbat was calm."),
                ("b.txt", Monday + "Quetta and Turbat blasts\n\nIn Turbat, two people were killed by a bomb. Quetta police said Quetta was calm."));

        [Fact]
        public void the_seeds_have_no_conflicts()
        {
            var seeds = System.IO.Directory.GetFiles(Support.RepoPaths.Seeds, "*.txt").OrderBy(p => p, System.StringComparer.Ordinal)
                .Select(p => (p, System.IO.File.ReadAllText(p))).ToArray();
            Assert.DoesNotContain(Verifier().Lint(seeds), f => f.RuleId == "EDL0003");
        }
    }
}
