package com.example.gal;

import dev.gal.model.GalConfig;
import dev.gal.rule.Category;
import dev.gal.rule.GalConfigRule;
import dev.gal.rule.RuleContext;
import dev.gal.rule.RuleInfo;
import dev.gal.rule.Severity;

/**
 * An example plugin rule: this team deploys every API to a stage named v1.
 * Built and loaded by PluginTest; see the README for how to package it.
 */
@RuleInfo(
    id = "ACME-STAGE-001",
    name = "acme-stage-is-v1",
    summary = "ACME APIs deploy to the stage v1",
    description = "Our gateway routing expects every API under /v1, so stage_name must be v1.",
    severity = Severity.ERROR,
    category = Category.ENDPOINT,
    reference = "https://docs.aws.amazon.com/apigateway/latest/developerguide/stages.html")
public final class RequireStageV1 implements GalConfigRule {
  @Override
  public void check(GalConfig config, RuleContext context) {
    config.awsSettings().string("stage_name").filter(stage -> !stage.value().equals("v1"))
        .ifPresent(stage -> context.report(stage.pointer(), "stage_name is " + stage.value() + "; ACME APIs use v1"));
  }
}
