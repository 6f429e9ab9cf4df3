package nl.participatie.springboot.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.participatie.budgetmonitoring.BudgetData;
import nl.participatie.budgetmonitoring.BudgetRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand;
import nl.participatie.budgetmonitoring.BudgetRoundEvent;
import nl.participatie.budgetmonitoring.BudgetRoundRules;
import nl.participatie.budgetmonitoring.Budgetmonitoring;
import nl.participatie.budgetmonitoring.Crosswalk;
import nl.participatie.budgetmonitoring.SocialDomains;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.burgersaanhetstuur.InitiativeRules;
import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.Campaign;
import nl.participatie.buurtschouw.CampaignCommand;
import nl.participatie.buurtschouw.CampaignEvent;
import nl.participatie.buurtschouw.CampaignRules;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.buurtschouw.ReportRules;
import nl.participatie.core.ProcessEngine;
import nl.participatie.samenspel.Samenspel;
import nl.participatie.samenspel.StaffEvidence;
import nl.participatie.samenspel.Trajectory;
import nl.participatie.samenspel.TrajectoryCommand;
import nl.participatie.samenspel.TrajectoryEvent;
import nl.participatie.samenspel.TrajectoryRules;
import nl.participatie.youthmanifesto.ManifestoGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand;
import nl.participatie.youthmanifesto.ManifestoGroupEvent;
import nl.participatie.youthmanifesto.ManifestoGroupRules;
import nl.participatie.youthmanifesto.YouthManifesto;

/**
 * One configuration per method module, each active only when its module is on the class path: the facade with the
 * municipality's rules when the application has them as beans, and the engines of the facade, the application's own
 * facade bean when it has one.
 */
final class MethodConfigurations {

    private MethodConfigurations() {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(BurgersAanHetStuur.class)
    @ConditionalOnBooleanProperty(name = "participatie.burgers-aan-het-stuur.enabled", matchIfMissing = true)
    static class BurgersAanHetStuurConfiguration {

        @Bean
        @ConditionalOnMissingBean
        BurgersAanHetStuur burgersAanHetStuur(FacadeParts parts, ObjectProvider<InitiativeRules> rules) {
            BurgersAanHetStuur.Builder builder = BurgersAanHetStuur.builder().store(parts.store()).clock(parts.clock())
                    .ids(parts.ids()).observer(parts.observer());
            rules.ifUnique(builder::rules);
            return builder.build();
        }

        @Bean
        ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> burgersAanHetStuurInitiatives(BurgersAanHetStuur facade) {
            return facade.initiatives();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Buurtschouw.class)
    @ConditionalOnBooleanProperty(name = "participatie.buurtschouw.enabled", matchIfMissing = true)
    static class BuurtschouwConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Buurtschouw buurtschouw(FacadeParts parts, ObjectProvider<CampaignRules> campaignRules,
                                ObjectProvider<ReportRules> reportRules) {
            Buurtschouw.Builder builder = Buurtschouw.builder().store(parts.store()).clock(parts.clock()).ids(parts.ids())
                    .observer(parts.observer());
            parts.personalData().ifPresent(builder::personalData);
            campaignRules.ifUnique(builder::campaignRules);
            reportRules.ifUnique(builder::reportRules);
            return builder.build();
        }

        @Bean
        ProcessEngine<CampaignCommand, CampaignEvent, Campaign> buurtschouwCampaigns(Buurtschouw facade) {
            return facade.campaigns();
        }

        @Bean
        ProcessEngine<ReportCommand, ReportEvent, Report> buurtschouwReports(Buurtschouw facade) {
            return facade.reports();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(YouthManifesto.class)
    @ConditionalOnBooleanProperty(name = "participatie.youth-manifesto.enabled", matchIfMissing = true)
    static class YouthManifestoConfiguration {

        @Bean
        @ConditionalOnMissingBean
        YouthManifesto youthManifesto(FacadeParts parts, ObjectProvider<ManifestoGroupRules> rules) {
            YouthManifesto.Builder builder = YouthManifesto.builder().store(parts.store()).clock(parts.clock())
                    .ids(parts.ids()).observer(parts.observer());
            parts.personalData().ifPresent(builder::personalData);
            rules.ifUnique(builder::rules);
            return builder.build();
        }

        @Bean
        ProcessEngine<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup> youthManifestoGroups(YouthManifesto facade) {
            return facade.groups();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Budgetmonitoring.class)
    @ConditionalOnBooleanProperty(name = "participatie.budgetmonitoring.enabled", matchIfMissing = true)
    static class BudgetmonitoringConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Budgetmonitoring budgetmonitoring(FacadeParts parts, ObjectProvider<BudgetData> data,
                                          ObjectProvider<BudgetRoundRules> rules, ObjectProvider<SocialDomains> domains,
                                          ObjectProvider<Crosswalk> crosswalks) {
            Budgetmonitoring.Builder builder = Budgetmonitoring.builder().store(parts.store()).clock(parts.clock())
                    .ids(parts.ids()).observer(parts.observer());
            data.ifUnique(builder::data);
            rules.ifUnique(builder::rules);
            domains.ifUnique(builder::domains);
            crosswalks.orderedStream().forEach(builder::crosswalk);
            return builder.build();
        }

        @Bean
        ProcessEngine<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> budgetmonitoringRounds(Budgetmonitoring facade) {
            return facade.rounds();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Samenspel.class)
    @ConditionalOnBooleanProperty(name = "participatie.samenspel.enabled", matchIfMissing = true)
    static class SamenspelConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Samenspel samenspel(FacadeParts parts, ObjectProvider<TrajectoryRules> rules,
                            ObjectProvider<StaffEvidence> evidence) {
            Samenspel.Builder builder = Samenspel.builder().store(parts.store()).clock(parts.clock()).ids(parts.ids())
                    .observer(parts.observer());
            rules.ifUnique(builder::rules);
            evidence.ifUnique(builder::evidence);
            return builder.build();
        }

        @Bean
        ProcessEngine<TrajectoryCommand, TrajectoryEvent, Trajectory> samenspelTrajectories(Samenspel facade) {
            return facade.trajectories();
        }
    }
}
