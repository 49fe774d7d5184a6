package org.commissioninghub.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.commissioninghub.system.EngineIndexes;
import org.springframework.stereotype.Component;

/**
 * Makes role users' task lists and counts scale with open tasks, with the same tasks visible.
 *
 * <p>With authorization on, the engine joins each task to every grant whose resource is the task,
 * its definition or {@code *}, then takes the distinct tasks. Every task of a role has a grant of its
 * own, and once PostgreSQL has statistics it expects a hundred grants to match each task and runs a
 * nested loop: at 20,000 open tasks a count takes seconds. This plugin loads the engine's task query
 * ({@code Task.xml} of the engine jar) again under the hub's namespace with one change, the check
 * written as a filter on each task against the user's grants read once ({@code RES.ID_ IN (...) OR
 * RES.PROC_DEF_ID_ IN (...) OR EXISTS (grant on *)}: tasks its grants name, tasks of definitions
 * its grants name, every task when a grant names {@code *}), and points the engine's statement names
 * at it. Every caller of a task query gets it: the REST API, Tasklist's lists and filter counts,
 * {@code TaskService} and or-queries. Where the engine checks revocations, or composite checks, it
 * keeps its own SQL.
 *
 * <p>It also puts in {@link RoleAuthorizationManager}, which spares every authorized command a scan
 * of all grants, and adds an index on the grants ({@value #GRANTS_INDEX}) holding every column the
 * check reads of a group's grants, so a role's grants (one for each of its open tasks) are read
 * from the index alone: at 100,000 open tasks the first page of a role seeing 25,000 went from 85
 * to 45 ms of SQL ({@link EngineIndexes}).
 *
 * <p>The engine text is changed by exact replacement; if this engine version's text differs, the hub
 * refuses to start rather than run the engine's slow query or a wrong one.
 */
@Component
class TaskQueryAuthorizationPlugin extends AbstractProcessEnginePlugin {

  static final String ENGINE_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  static final String HUB_MAPPING = "mybatis/hub-task-queries.xml";
  static final String NAMESPACE = "org.commissioninghub.identity.TaskQueries";
  static final String LIST = "selectTaskByQueryCriteria";
  static final String COUNT = "selectTaskCountByQueryCriteria";

  static final String GRANTS_INDEX = "HUB_IDX_AUTH_GROUP_GRANTS";

  private static final String SQL = "selectTaskByQueryCriteriaSql";
  private static final String PLACEHOLDER = "<!-- ENGINE TASK QUERY -->";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new RoleAuthorizationManager.Factory());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    var myBatis = configuration.getSqlSessionFactory().getConfiguration();
    var mapper = mapper();
    new XMLMapperBuilder(new ByteArrayInputStream(mapper.getBytes(StandardCharsets.UTF_8)), myBatis, HUB_MAPPING,
        myBatis.getSqlFragments()).parse();
    var factory = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = factory.getStatementMappings() == null
        ? new HashMap<>() : new HashMap<>(factory.getStatementMappings());
    mappings.put(LIST, NAMESPACE + "." + LIST + "_hub");
    mappings.put(COUNT, NAMESPACE + "." + COUNT + "_hub");
    // This engine's own copy: the map it had is shared by every engine of the same database type.
    factory.setStatementMappings(mappings);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    refuseToStartWithRevokes(engine);
    EngineIndexes.ensure(configuration, GRANTS_INDEX, "ACT_RU_AUTHORIZATION",
        "GROUP_ID_, RESOURCE_TYPE_, TYPE_, PERMS_, RESOURCE_ID_");
  }

  /**
   * Revokes are not checked ({@link RoleAuthorizationManager}); one saved before that would silently
   * stop taking its permission away, so the hub does not start until it is gone.
   */
  static void refuseToStartWithRevokes(ProcessEngine engine) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER.equalsIgnoreCase(
        configuration.getAuthorizationCheckRevokes())) {
      return;
    }
    var revokes = engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_REVOKE).list();
    if (!revokes.isEmpty()) {
      throw new IllegalStateException(revokes.size() + " revoke authorizations are in the engine's tables ("
          + revokes.stream().map(Authorization::getId).limit(10).toList() + "). " + RoleAuthorizationManager.REVOKES_REFUSED
          + " Delete them, and the grants they were taking away from, in Admin > Authorizations.");
    }
  }

  /** The hub's mapper with the engine's task list and count in it, their authorization check replaced. */
  static String mapper() {
    return read(HUB_MAPPING).replace(PLACEHOLDER, engineTaskQuery());
  }

  static String engineTaskQuery() {
    var engine = read(ENGINE_MAPPING);
    var start = engine.indexOf("<select id=\"" + LIST + "\"");
    var sqlStart = engine.indexOf("<sql id=\"" + SQL + "\">");
    var end = sqlStart < 0 ? -1 : engine.indexOf("</sql>", sqlStart);
    if (start < 0 || end < 0 || start > sqlStart) {
      throw unexpected("the task query statements");
    }
    var query = engine.substring(start, end + "</sql>".length());
    query = replaceOnce(query, "<select id=\"" + LIST + "\"", "<select id=\"" + LIST + "_hub\"");
    query = replaceOnce(query, "<select id=\"" + COUNT + "\"", "<select id=\"" + COUNT + "_hub\"");
    query = query.replace("resultMap=\"taskResultMap\"",
        "resultMap=\"org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.taskResultMap\"");
    query = replaceOnce(query, "from ${prefix}ACT_RU_TASK RES\n", """
        from ${prefix}ACT_RU_TASK RES
            <bind name="hubGrantFilter" value="authCheck.shouldPerformAuthorizatioCheck and authCheck.authUserId != null
              and !authCheck.revokeAuthorizationCheckEnabled
              and (authCheck.permissionChecks.compositeChecks == null or authCheck.permissionChecks.compositeChecks.isEmpty())" />
        """);
    // The join to the grants stays only where the engine's own check is kept.
    query = replaceOnce(query, "<if test=\"!authCheck.revokeAuthorizationCheckEnabled\">",
        "<if test=\"!hubGrantFilter and !authCheck.revokeAuthorizationCheckEnabled\">");
    query = replaceOnce(query,
        "<include refid=\"org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.contextualAuthorizationCheck\" />",
        "<include refid=\"taskAuthorizationCheck\" />");
    return query;
  }

  private static String replaceOnce(String text, String target, String replacement) {
    var at = text.indexOf(target);
    if (at < 0 || text.indexOf(target, at + 1) >= 0) {
      throw unexpected("'" + target.strip().lines().findFirst().orElse(target) + "'");
    }
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  private static IllegalStateException unexpected(String what) {
    return new IllegalStateException("The engine's " + ENGINE_MAPPING + " has changed (" + what + " not found once):"
        + " check " + TaskQueryAuthorizationPlugin.class.getName() + " against this engine version");
  }

  private static String read(String resource) {
    try (InputStream in = TaskQueryAuthorizationPlugin.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
