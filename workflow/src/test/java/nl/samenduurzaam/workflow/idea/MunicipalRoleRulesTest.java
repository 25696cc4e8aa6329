package nl.samenduurzaam.workflow.idea;

import nl.samenduurzaam.workflow.test.InMemoryProcessEngine;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of {@code municipalRoleRules}: the rule that matches and what it decides. */
@Deployment(resources = "dmn/municipalRoleRules.dmn")
class MunicipalRoleRulesTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryProcessEngine.configuration("role-rules-tests").buildProcessEngine()).build();

    /** The roles arrive as the task boundary sets them: the codes joined by commas. */
    @ParameterizedTest(name = "{0} justified={1} -> {3} by rule {2}")
    @CsvSource({
            "FUNDER REGULATOR,                      false, unjustifiedFunderRegulator,           JUSTIFY, FUNDER+REGULATOR",
            "REGULATOR FUNDER CONNECTOR,            true,  justifiedFunderRegulator,             APPROVE, FUNDER+REGULATOR",
            "LAUNCHING_CUSTOMER REGULATOR,          false, unjustifiedLaunchingCustomerRegulator, JUSTIFY, LAUNCHING_CUSTOMER+REGULATOR",
            "LAUNCHING_CUSTOMER REGULATOR,          true,  justifiedLaunchingCustomerRegulator,  APPROVE, LAUNCHING_CUSTOMER+REGULATOR",
            "PARTNER REGULATOR,                     false, unjustifiedPartnerRegulator,          JUSTIFY, PARTNER+REGULATOR",
            "PARTNER REGULATOR,                     true,  justifiedPartnerRegulator,            APPROVE, PARTNER+REGULATOR",
            "ORCHESTRATOR LET_GO,                   false, unjustifiedLetGoOrchestrator,         JUSTIFY, LET_GO+ORCHESTRATOR",
            "LET_GO ORCHESTRATOR,                   true,  justifiedLetGoOrchestrator,           APPROVE, LET_GO+ORCHESTRATOR",
            "FUNDER LAUNCHING_CUSTOMER CONNECTOR,   false, noConflict,                           APPROVE, ",
            "REGULATOR,                             false, noConflict,                           APPROVE, "
    })
    void decidesEachCombination(String roles, boolean justified, String rule, String outcome, String conflict) {
        DmnDecisionRuleResult result = evaluate(String.join(",", roles.split(" ")), justified);

        assertThat((String) result.getEntry("outcome")).isEqualTo(outcome);
        assertThat((String) result.getEntry("conflict")).isEqualTo(conflict);
        assertThat((String) result.getEntry("approverGroup")).isEqualTo("management");
        assertThat(lastMatchedRule()).isEqualTo(rule);
    }

    @Test
    void everyRuleOfTheTableIsCoveredAbove() {
        var table = extension.getProcessEngine().getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(IdeaLifecycle.ROLE_RULES_DECISION).singleResult();
        String xml = new String(readAll(table.getDeploymentId(), table.getResourceName()));

        long rules = Arrays.stream(xml.split("<rule ")).count() - 1;

        assertThat(rules).as("rules in the table; add a case above for a new rule").isEqualTo(9);
    }

    private DmnDecisionRuleResult evaluate(String roles, boolean justified) {
        return extension.getProcessEngine().getDecisionService()
                .evaluateDecisionTableByKey(IdeaLifecycle.ROLE_RULES_DECISION, Variables.createVariables()
                        .putValue(IdeaLifecycle.ROLES, roles)
                        .putValue(IdeaLifecycle.CONFLICT_JUSTIFIED, justified))
                .getSingleResult();
    }

    private String lastMatchedRule() {
        HistoricDecisionInstance last = extension.getProcessEngine().getHistoryService()
                .createHistoricDecisionInstanceQuery().includeOutputs().orderByEvaluationTime().desc()
                .listPage(0, 1).get(0);
        return last.getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId).findFirst().orElseThrow();
    }

    private byte[] readAll(String deploymentId, String resource) {
        try (var in = extension.getProcessEngine().getRepositoryService().getResourceAsStream(deploymentId, resource)) {
            return in.readAllBytes();
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
