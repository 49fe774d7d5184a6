package org.commissioninghub.casestore.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.testsupport.PageSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hub's pages through the real HTTP stack, signed in with the form as a browser is: home, the
 * case list and a case page, who sees them, and acting on a case from its page (RAG, milestones,
 * risks) for those who may, refused for those who may not, with bad input named and nothing changed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasePagesIntegrationTests {

  static final String MANAGER = "commissioning-manager";
  /** A lead reads every case but changes none. */
  static final String LEAD = "programme-lead";
  /** Works no dental case: sees only the cases that name them. */
  static final String OUTSIDER = "hr-lead";

  @Autowired
  HubClient hub;

  String reference;

  @BeforeAll
  void openACase() {
    var response = hub.post("demo", "/api/cases", Map.of("programme", "dental-procurement",
        "title", "Pages: Exeter urgent dental care", "commissioner", "NHS England South West",
        "integratedCareSystem", "Devon", "namedPeople", Map.of("commissioning-manager", MANAGER, "programme-lead", LEAD),
        "details", Map.of("trigger", "access-gap", "area", "Exeter")));
    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    reference = response.body().get("reference").asText();
    hub.runDueJobs();
  }

  PageSession as(String user) {
    return PageSession.signIn(hub.baseUrl(), user);
  }

  String casePage() {
    return "/cases/" + reference;
  }

  @Test
  void anAnonymousVisitorIsSentToSignInAndComesBackToThePageAsked() {
    var browser = PageSession.anonymous(hub.baseUrl());

    var asked = browser.get(casePage());
    assertThat(asked.status()).isEqualTo(302);
    assertThat(asked.location()).endsWith("/sign-in");
    var signIn = browser.get("/sign-in");
    assertThat(signIn.body()).contains("Sign in to Commissioning Hub", "Skip to main content");

    var signedIn = browser.signInAs(MANAGER, HubClient.PASSWORD);

    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.location()).contains(casePage());
    assertThat(browser.get(casePage()).body()).contains("Pages: Exeter urgent dental care");
  }

  @Test
  void aWrongPasswordIsToldOnTheSignInPageAndSignsNobodyIn() {
    // a user of its own: the engine holds a user's sign-in back for a few seconds after a wrong password
    hub.ensureUser("pages-wrong-password", "commissioning-manager");
    var browser = PageSession.anonymous(hub.baseUrl());

    var refused = browser.signInAs("pages-wrong-password", "not-the-password");

    assertThat(refused.location()).endsWith("/sign-in?error");
    assertThat(browser.get("/sign-in?error").body()).contains("There is a problem",
        "The user name or password is not right", "href=\"#username\"");
    assertThat(browser.get("/").status()).isEqualTo(302);
  }

  @Test
  void signingOutEndsTheSession() {
    var browser = as(MANAGER);
    var home = browser.get("/");

    var signedOut = browser.post("/sign-out", home.csrf(), Map.of());

    assertThat(signedOut.location()).endsWith("/sign-in?signed-out");
    assertThat(browser.get("/").status()).isEqualTo(302);
  }

  @Test
  void homeShowsMyTasksByCaseLinkingToTasklistAndTheCasesThatNameMe() {
    var home = as(MANAGER).get("/");

    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("Your tasks", reference + ": Pages: Exeter urgent dental care",
        "Assess oral health needs", "/camunda/app/tasklist/default/#/?task=");
    assertThat(home.body()).contains("Cases that name you", "href=\"/cases/" + reference + "\"");
  }

  @Test
  void homeListsTheCasesILeadForTheLeadTheCaseNames() {
    var home = as(LEAD).get("/");

    assertThat(home.body()).contains("Cases you lead");
    var lead = home.body().substring(home.body().indexOf("id=\"cases-i-lead\""));
    assertThat(lead).contains(reference);
    var managerLeads = as(MANAGER).get("/").body();
    assertThat(managerLeads.substring(managerLeads.indexOf("id=\"cases-i-lead\""))).doesNotContain(reference);
  }

  @Test
  void theCaseListFindsACaseByReferenceOrTitleAndFilters() {
    var browser = as(MANAGER);

    assertThat(browser.get("/cases?q=" + reference).body()).contains("href=\"/cases/" + reference + "\"");
    assertThat(browser.get("/cases?q=exeter+urgent+DENTAL").body()).contains(reference);
    assertThat(browser.get("/cases?q=" + reference + "&area=devon&programme=dental-procurement&status=open").body())
        .contains(reference);
    assertThat(browser.get("/cases?q=" + reference + "&area=Cornwall").body()).doesNotContain("href=\"/cases/" + reference)
        .contains("No case you may see matches.");
    assertThat(browser.get("/cases?q=" + reference + "&rag=red").body()).doesNotContain("href=\"/cases/" + reference);
  }

  @Test
  void aBadFilterIsNamedOnTheListPage() {
    var page = as(MANAGER).get("/cases?rag=purple&page=0");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("There is a problem", "Choose a RAG rating from the list",
        "The page must be a whole number from 1 to", "href=\"#filter-rag\"");
  }

  @Test
  void someoneWhoMayNotSeeTheCaseNeitherFindsItListedNorOpensIt() {
    var outsider = as(OUTSIDER);

    assertThat(outsider.get("/cases?q=" + reference).body()).doesNotContain("href=\"/cases/" + reference);
    var opened = outsider.get(casePage());
    assertThat(opened.status()).isEqualTo(404);
    assertThat(opened.body()).contains("Page not found").doesNotContain("Pages: Exeter urgent dental care");
  }

  @Test
  void theCasePageShowsTheCaseItsOpenTaskAndWhoMayClaimItAndTheEventLog() {
    var page = as(MANAGER).get(casePage());

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Pages: Exeter urgent dental care", "Dental procurement", "Devon",
        "NHS England South West", "Open tasks", "Assess oral health needs", "Not claimed: Commissioning manager",
        "Event log", "Key dates", "Milestones");
    assertThat(page.body()).as("those who may change the case get its forms")
        .contains("Set RAG rating", "Add milestone", "Raise risk");
  }

  @Test
  void aLeadReadsTheCaseWithoutItsFormsAndIsRefusedAnActionAnyway() {
    var lead = as(LEAD);
    var before = rating();
    var page = lead.get(casePage());

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Pages: Exeter urgent dental care")
        .doesNotContain("Set RAG rating", "Add milestone", "Raise risk");

    var refused = lead.post(casePage() + "/rag-rating", page.csrf(), Map.of("ragRating", "red", "reason", "no"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(rating()).isEqualTo(before);
  }

  @Test
  void anActionWithoutTheFormsCsrfTokenIsTheExpiredPageAndChangesNothing() {
    var before = rating();
    var refused = as(MANAGER).post(casePage() + "/rag-rating", null, Map.of("ragRating", "red"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("<h1>This page has expired</h1>", "Go back, reload the page and try again.",
        "id=\"signed-in-user\"").doesNotContain("Whitelabel");
    assertThat(rating()).isEqualTo(before);
  }

  private String rating() {
    return hub.get("demo", "/api/cases/" + reference).body().get("ragRating").asText();
  }

  @Test
  void aCommissioningManagerSetsTheRagRatingFromThePageAndIsSentBackToIt() {
    var manager = as(MANAGER);

    var rated = manager.submit(casePage(), casePage() + "/rag-rating", Map.of("ragRating", "amber",
        "reason", "Provider market is thin"));

    assertThat(rated.status()).isEqualTo(302);
    assertThat(rated.location()).endsWith(casePage() + "#rag");
    var page = manager.get(casePage());
    assertThat(page.body()).contains("RAG rating set to Amber", "RAG rating changed to amber");
    assertThat(hub.get("demo", "/api/cases/" + reference).body().get("ragRating").asText()).isEqualTo("amber");
  }

  @Test
  void aRatingWithoutAChoiceIsNamedInTheErrorSummaryAndNothingChanges() {
    var manager = as(MANAGER);
    var before = hub.get("demo", "/api/cases/" + reference).body().get("version").asLong();

    var refused = manager.submit(casePage(), casePage() + "/rag-rating", Map.of("reason", "x".repeat(2001)));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("There is a problem", "href=\"#rag-rating\"", "Choose red, amber or green",
        "href=\"#rag-reason\"", "The reason must be 2000 characters or fewer", "nhsuk-form-group--error");
    assertThat(hub.get("demo", "/api/cases/" + reference).body().get("version").asLong()).isEqualTo(before);
  }

  @Test
  void aMilestoneIsAddedWithAUkDateAndMarkedAchieved() {
    var manager = as(MANAGER);

    var added = manager.submit(casePage(), casePage() + "/milestones",
        Map.of("name", "Market engagement event", "targetDate", "20/02/2027"));

    assertThat(added.location()).endsWith(casePage() + "#milestones");
    var page = manager.get(casePage());
    assertThat(page.body()).contains("Market engagement event", "20 February 2027");
    var milestone = hub.get("demo", "/api/cases/" + reference).body().get("milestones").get(0);
    assertThat(milestone.get("targetDate").asText()).isEqualTo("2027-02-20");

    var id = page.body().replaceAll("(?s).*/cases/" + reference + "/milestones/(\\d+)/achieved.*", "$1");
    var achieved = manager.post(casePage() + "/milestones/" + id + "/achieved", page.csrf(),
        Map.of("achievedOn", "02/01/2026"));

    assertThat(achieved.status()).isEqualTo(302);
    var after = hub.get("demo", "/api/cases/" + reference).body().get("milestones").get(0);
    assertThat(after.get("status").asText()).isEqualTo("ACHIEVED");
    assertThat(after.get("actualDate").asText()).isEqualTo("2026-01-02");
    assertThat(manager.get(casePage()).body()).contains("2 January 2026", "Milestone achieved: Market engagement event");
  }

  @Test
  void aMilestoneDateThatIsNotARealUkDateIsRefusedWithNothingAdded() {
    var manager = as(MANAGER);
    var before = hub.get("demo", "/api/cases/" + reference).body().get("milestones").size();

    var refused = manager.submit(casePage(), casePage() + "/milestones", Map.of("name", "", "targetDate", "31/02/2027"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Enter the milestone&#39;s name",
        "The target date must be a real date, written as day/month/year, such as 20/02/2027");
    assertThat(hub.get("demo", "/api/cases/" + reference).body().get("milestones").size()).isEqualTo(before);
  }

  @Test
  void aRiskIsRaisedThenReScoredAndClosedFromThePage() {
    var manager = as(MANAGER);

    var raised = manager.submit(casePage(), casePage() + "/risks", Map.of("description", "Only one bidder may come forward",
        "likelihood", "3", "impact", "4", "owner", "procurement-lead", "mitigation", "Market engagement"));

    assertThat(raised.location()).endsWith(casePage() + "#risks");
    var page = manager.get(casePage());
    assertThat(page.body()).contains("Only one bidder may come forward", "High", "Mitigation: Market engagement");
    var risk = hub.get("demo", "/api/cases/" + reference + "/risks").body().get(0);
    var id = risk.get("id").asLong();

    var rescored = manager.post(casePage() + "/risks/" + id, page.csrf(),
        Map.of("likelihood", "5", "impact", "4", "status", "open", "reason", "Second bidder withdrew"));
    assertThat(rescored.status()).isEqualTo(302);
    assertThat(hub.get("demo", "/api/cases/" + reference + "/risks").body().get(0).get("score").asInt()).isEqualTo(20);

    var closed = manager.post(casePage() + "/risks/" + id, page.csrf(),
        Map.of("likelihood", "5", "impact", "4", "status", "closed", "reason", "Tender closed with three bids"));
    assertThat(closed.status()).isEqualTo(302);
    assertThat(hub.get("demo", "/api/cases/" + reference + "/risks").body().get(0).get("status").asText())
        .isEqualTo("closed");
  }

  @Test
  void aRiskWithoutItsScoresIsRefusedNamingEachField() {
    var refused = as(MANAGER).submit(casePage(), casePage() + "/risks",
        Map.of("description", "", "likelihood", "six", "impact", "9"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Enter a description of the risk", "The likelihood must be a whole number from 1 to 5",
        "The impact must be from 1 to 5", "href=\"#risk-description\"", "href=\"#risk-likelihood\"", "href=\"#risk-impact\"");
  }

  @Test
  void theHubsPagesAllowOnlyTheirOwnScriptsAndStyles() {
    var response = hub.get("commissioning-manager", "/cases");

    assertThat(response.headers().get("content-security-policy").get(0))
        .contains("default-src 'none'", "script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline");
  }
}
