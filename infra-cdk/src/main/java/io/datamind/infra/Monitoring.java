package io.datamind.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TextWidget;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.constructs.Construct;

/**
 * Alarms on what needs a person (failed or timed-out executions; a function's errors or throttles) and one
 * dashboard of the pipeline: the EMF metrics the handlers emit (namespace {@code DataMind}, dimension
 * {@code Service}), executions and the functions' durations.
 */
public final class Monitoring extends Construct {

    public static final String NAMESPACE = "DataMind";
    public static final String SERVICE = "datamind";
    private static final Duration PERIOD = Duration.minutes(5);

    private final List<Alarm> alarms = new ArrayList<>();

    public Monitoring(Construct scope, String id, DataMindSettings settings, StateMachine stateMachine,
                      List<DataMindFunction> functions) {
        super(scope, id);
        MetricOptions sum = MetricOptions.builder().statistic("Sum").period(PERIOD).build();
        alarm("ExecutionsFailed", "A DataMind run failed (Plan, Relate, Assemble or RecordTableFailure gave up)",
                stateMachine.metricFailed(sum));
        alarm("ExecutionsTimedOut", "A DataMind run hit the state machine's timeout", stateMachine.metricTimedOut(sum));
        for (DataMindFunction function : functions) {
            String name = function.step().id();
            alarm(name + "Errors", "DataMind " + name + " raised errors", function.function().metricErrors(sum));
            alarm(name + "Throttles", "DataMind " + name + " was throttled", function.function().metricThrottles(sum));
        }
        if (settings.alarmTopicArn() != null) {
            SnsAction notify = new SnsAction(Topic.fromTopicArn(this, "AlarmTopic", settings.alarmTopicArn()));
            alarms.forEach(alarm -> alarm.addAlarmAction(notify));
        }
        dashboard(stateMachine, functions);
    }

    private void alarm(String id, String description, IMetric metric) {
        alarms.add(Alarm.Builder.create(this, id)
                .alarmDescription(description)
                .metric(metric)
                .threshold(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build());
    }

    private void dashboard(StateMachine stateMachine, List<DataMindFunction> functions) {
        MetricOptions sum = MetricOptions.builder().statistic("Sum").period(PERIOD).build();
        List<IWidget> row1 = List.of(
                graph("Tables", pipelineMetrics("Sum", "TablesPlanned", "TablesScanned", "TablesProfiled",
                        "TablesDescribed", "TablesFailed")),
                graph("Rows profiled, slices and relationships",
                        pipelineMetrics("Sum", "RowsProfiled", "SlicesProfiled", "RelationshipsFound")),
                graph("Run duration (ms)", pipelineMetrics("Maximum", "RunDurationMs")));
        List<IWidget> row2 = List.of(
                graph("Model tokens", pipelineMetrics("Sum", "PromptTokens", "CompletionTokens")),
                graph("Model calls, cache hits, fallbacks",
                        pipelineMetrics("Sum", "LlmCalls", "DescriptionCacheHits", "DescriptionFallbacks")),
                graph("Executions", List.of(stateMachine.metricStarted(sum), stateMachine.metricSucceeded(sum),
                        stateMachine.metricFailed(sum), stateMachine.metricTimedOut(sum))));
        List<IMetric> durations = new ArrayList<>();
        List<IMetric> errors = new ArrayList<>();
        for (DataMindFunction function : functions) {
            durations.add(function.function().metricDuration(MetricOptions.builder().period(PERIOD)
                    .statistic("p90").label(function.step().id()).build()));
            errors.add(function.function().metricErrors(MetricOptions.builder().period(PERIOD).statistic("Sum")
                    .label(function.step().id()).build()));
        }
        List<IWidget> row3 = List.of(graph("Function duration p90 (ms)", durations),
                graph("Function errors", errors),
                TextWidget.Builder.create().markdown("DataMind metrics: namespace `" + NAMESPACE + "`, dimension "
                        + "`Service=" + SERVICE + "` (Powertools EMF). Table counters count each table once, "
                        + "retries report 0.").width(8).height(6).build());
        Dashboard.Builder.create(this, "Dashboard")
                .dashboardName(Stack.of(this).getStackName())
                .widgets(List.of(row1, row2, row3))
                .build();
    }

    private static List<IMetric> pipelineMetrics(String statistic, String... names) {
        List<IMetric> metrics = new ArrayList<>();
        for (String name : names) {
            metrics.add(Metric.Builder.create().namespace(NAMESPACE).metricName(name)
                    .dimensionsMap(Map.of("Service", SERVICE)).statistic(statistic).period(PERIOD).build());
        }
        return metrics;
    }

    private static GraphWidget graph(String title, List<IMetric> metrics) {
        return GraphWidget.Builder.create().title(title).left(metrics).width(8).height(6).build();
    }

    public List<Alarm> alarms() {
        return List.copyOf(alarms);
    }
}
