export const id = 684;
export const ids = [684];
export const modules = {

/***/ 96684:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ContainerAppsAPIClient: () => (/* reexport */ ContainerAppsAPIClient)
});

// UNUSED EXPORTS: AzureClouds, KnownAccessMode, KnownAction, KnownActiveRevisionsMode, KnownAffinity, KnownAppProtocol, KnownApplicability, KnownBindingType, KnownCertificateProvisioningState, KnownCheckNameAvailabilityReason, KnownConnectedEnvironmentProvisioningState, KnownConnectedEnvironmentStorageProvisioningState, KnownContainerAppContainerRunningState, KnownContainerAppProvisioningState, KnownContainerAppReplicaRunningState, KnownContainerAppRunningStatus, KnownContainerAppsFunctionState, KnownContainerType, KnownCreatedByType, KnownDaprComponentProvisioningState, KnownDotNetComponentProvisioningState, KnownDotNetComponentType, KnownEnvironmentProvisioningState, KnownExtendedLocationTypes, KnownHttpRouteProvisioningState, KnownIdentitySettingsLifeCycle, KnownIngressClientCertificateMode, KnownIngressTransportMethod, KnownJavaComponentProvisioningState, KnownJavaComponentType, KnownJobExecutionRunningState, KnownJobProvisioningState, KnownJobRunningState, KnownKind, KnownLifecycleType, KnownLogLevel, KnownManagedCertificateDomainControlValidation, KnownManagedEnvironmentMode, KnownManagedServiceIdentityType, KnownPoolManagementType, KnownPrivateEndpointConnectionProvisioningState, KnownPrivateEndpointServiceConnectionStatus, KnownPublicNetworkAccess, KnownRevisionHealthState, KnownRevisionProvisioningState, KnownRevisionRunningState, KnownSandboxGroupProvisioningState, KnownScheme, KnownSessionNetworkStatus, KnownSessionPoolIdentityLifeCycle, KnownSessionPoolProvisioningState, KnownSessionProbeType, KnownSourceControlOperationState, KnownStatus, KnownStorageType, KnownTriggerType, KnownType, KnownVersions, KnownVnetConnectionProvisioningState, KnownWorkflowKind, KnownWorkflowState, RestError, isRestError, restorePoller

;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/static-helpers/cloudSettingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * An enum to describe Azure Cloud environments.
 * @enum {string}
 */
var AzureClouds;
(function (AzureClouds) {
    /** Azure public cloud, which is the default cloud for Azure SDKs. */
    AzureClouds["AZURE_PUBLIC_CLOUD"] = "AZURE_PUBLIC_CLOUD";
    /** Azure China cloud */
    AzureClouds["AZURE_CHINA_CLOUD"] = "AZURE_CHINA_CLOUD";
    /** Azure US government cloud */
    AzureClouds["AZURE_US_GOVERNMENT"] = "AZURE_US_GOVERNMENT";
})(AzureClouds || (AzureClouds = {}));
/**
 * Gets the Azure Resource Manager endpoint URL for the specified cloud setting.
 * @param cloudSetting - The Azure cloud environment setting. Use one of the AzureClouds enum values.
 * @returns The ARM endpoint URL for the specified cloud, or undefined if cloudSetting is undefined.
 * @throws {Error} Throws an error if an unknown cloud setting is provided.
 */
function getArmEndpoint(cloudSetting) {
    if (cloudSetting === undefined) {
        return undefined;
    }
    const cloudEndpoints = {
        AZURE_CHINA_CLOUD: "https://management.chinacloudapi.cn/",
        AZURE_US_GOVERNMENT: "https://management.usgovcloudapi.net/",
        AZURE_PUBLIC_CLOUD: "https://management.azure.com/",
    };
    if (cloudSetting in cloudEndpoints) {
        return cloudEndpoints[cloudSetting];
    }
    else {
        throw new Error(`Unknown cloud setting: ${cloudSetting}. Please refer to the enum AzureClouds for possible values.`);
    }
}
//# sourceMappingURL=cloudSettingHelpers.js.map
// EXTERNAL MODULE: ./node_modules/@azure/logger/dist/esm/index.js + 1 modules
var esm = __webpack_require__(7567);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const logger = (0,esm/* createClientLogger */.KV)("arm-appcontainers");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/package.json
const package_namespaceObject = {"rE":"4.0.0"};
// EXTERNAL MODULE: ./node_modules/@azure-rest/core-client/dist/esm/index.js + 11 modules
var dist_esm = __webpack_require__(83049);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsAPIContext.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/** Functions is an extension resource to revisions and the api listed is used to proxy the call from Web RP to the function app's host process, this api is not exposed to users and only Web RP is allowed to invoke functions extension resource. */
function createContainerAppsAPI(credential, subscriptionId, options = {}) {
    const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
    const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
    const userAgentInfo = `azsdk-js-arm-appcontainers/${package_namespaceObject.rE}`;
    const userAgentPrefix = prefixFromOptions
        ? `${prefixFromOptions} ${userAgentInfo}`
        : `${userAgentInfo}`;
    const { apiVersion: _, ...updatedOptions } = {
        ...options,
        userAgentOptions: { userAgentPrefix },
        loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info },
        credentials: {
            scopes: options.credentials?.scopes ?? ["https://management.azure.com/.default"],
        },
    };
    const clientContext = (0,dist_esm/* getClient */.KU)(endpointUrl, credential, updatedOptions);
    const apiVersion = options.apiVersion;
    return { ...clientContext, apiVersion, subscriptionId };
}
//# sourceMappingURL=containerAppsAPIContext.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/static-helpers/serialization/check-prop-undefined.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Returns true if all specified properties of the item are undefined.
 * @param item The object to check.
 * @param properties The list of property names to check on the item.
 * @returns True if all specified properties are undefined, otherwise false.
 */
function areAllPropsUndefined(item, properties) {
    for (const property of properties) {
        if (item[property] !== undefined) {
            return false;
        }
    }
    return true;
}
//# sourceMappingURL=check-prop-undefined.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-util/dist/esm/index.js + 4 modules
var core_util_dist_esm = __webpack_require__(89105);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/models/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/*
 * This file contains only generated model types and their (de)serializers.
 * Disable the following rules for internal models with '_' prefix and deserializers which require 'any' for raw JSON input.
 */
/* eslint-disable @typescript-eslint/naming-convention */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types */


function defaultErrorResponseDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : defaultErrorResponseErrorDeserializer(item["error"]),
    };
}
function defaultErrorResponseErrorDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"]
            ? item["details"]
            : defaultErrorResponseErrorDetailsItemArrayDeserializer(item["details"]),
        innererror: item["innererror"],
    };
}
function defaultErrorResponseErrorDetailsItemArrayDeserializer(result) {
    return result.map((item) => {
        return defaultErrorResponseErrorDetailsItemDeserializer(item);
    });
}
function defaultErrorResponseErrorDetailsItemDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
    };
}
function jobExecutionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _jobExecutionPropertiesDeserializer(item["properties"])),
    };
}
function jobExecutionPropertiesDeserializer(item) {
    return {
        status: item["status"],
        startTime: !item["startTime"] ? item["startTime"] : new Date(item["startTime"]),
        endTime: !item["endTime"] ? item["endTime"] : new Date(item["endTime"]),
        template: !item["template"]
            ? item["template"]
            : jobExecutionTemplateDeserializer(item["template"]),
        detailedStatus: !item["detailedStatus"]
            ? item["detailedStatus"]
            : executionStatusDeserializer(item["detailedStatus"]),
        reason: item["reason"],
        message: item["message"],
    };
}
/** Current running State of the job */
var KnownJobExecutionRunningState;
(function (KnownJobExecutionRunningState) {
    /** Running */
    KnownJobExecutionRunningState["Running"] = "Running";
    /** Processing */
    KnownJobExecutionRunningState["Processing"] = "Processing";
    /** Stopped */
    KnownJobExecutionRunningState["Stopped"] = "Stopped";
    /** Degraded */
    KnownJobExecutionRunningState["Degraded"] = "Degraded";
    /** Failed */
    KnownJobExecutionRunningState["Failed"] = "Failed";
    /** Unknown */
    KnownJobExecutionRunningState["Unknown"] = "Unknown";
    /** Succeeded */
    KnownJobExecutionRunningState["Succeeded"] = "Succeeded";
})(KnownJobExecutionRunningState || (KnownJobExecutionRunningState = {}));
function jobExecutionTemplateSerializer(item) {
    return {
        containers: !item["containers"]
            ? item["containers"]
            : jobExecutionContainerArraySerializer(item["containers"]),
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : jobExecutionContainerArraySerializer(item["initContainers"]),
    };
}
function jobExecutionTemplateDeserializer(item) {
    return {
        containers: !item["containers"]
            ? item["containers"]
            : jobExecutionContainerArrayDeserializer(item["containers"]),
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : jobExecutionContainerArrayDeserializer(item["initContainers"]),
    };
}
function jobExecutionContainerArraySerializer(result) {
    return result.map((item) => {
        return jobExecutionContainerSerializer(item);
    });
}
function jobExecutionContainerArrayDeserializer(result) {
    return result.map((item) => {
        return jobExecutionContainerDeserializer(item);
    });
}
function jobExecutionContainerSerializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArraySerializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesSerializer(item["resources"]),
    };
}
function jobExecutionContainerDeserializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArrayDeserializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesDeserializer(item["resources"]),
    };
}
function environmentVarArraySerializer(result) {
    return result.map((item) => {
        return environmentVarSerializer(item);
    });
}
function environmentVarArrayDeserializer(result) {
    return result.map((item) => {
        return environmentVarDeserializer(item);
    });
}
function environmentVarSerializer(item) {
    return { name: item["name"], value: item["value"], secretRef: item["secretRef"] };
}
function environmentVarDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
        secretRef: item["secretRef"],
    };
}
function containerResourcesSerializer(item) {
    return { cpu: item["cpu"], memory: item["memory"] };
}
function containerResourcesDeserializer(item) {
    return {
        cpu: item["cpu"],
        memory: item["memory"],
        ephemeralStorage: item["ephemeralStorage"],
    };
}
function executionStatusDeserializer(item) {
    return {
        replicas: !item["replicas"]
            ? item["replicas"]
            : replicaExecutionStatusArrayDeserializer(item["replicas"]),
    };
}
function replicaExecutionStatusArrayDeserializer(result) {
    return result.map((item) => {
        return replicaExecutionStatusDeserializer(item);
    });
}
function replicaExecutionStatusDeserializer(item) {
    return {
        name: item["name"],
        containers: !item["containers"]
            ? item["containers"]
            : containerExecutionStatusArrayDeserializer(item["containers"]),
    };
}
function containerExecutionStatusArrayDeserializer(result) {
    return result.map((item) => {
        return containerExecutionStatusDeserializer(item);
    });
}
function containerExecutionStatusDeserializer(item) {
    return {
        name: item["name"],
        code: item["code"],
        additionalInformation: item["additionalInformation"],
        status: item["status"],
    };
}
function proxyResourceSerializer(_item) {
    return {};
}
function proxyResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function resourceSerializer(_item) {
    return {};
}
function resourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function systemDataDeserializer(item) {
    return {
        createdBy: item["createdBy"],
        createdByType: item["createdByType"],
        createdAt: !item["createdAt"] ? item["createdAt"] : new Date(item["createdAt"]),
        lastModifiedBy: item["lastModifiedBy"],
        lastModifiedByType: item["lastModifiedByType"],
        lastModifiedAt: !item["lastModifiedAt"]
            ? item["lastModifiedAt"]
            : new Date(item["lastModifiedAt"]),
    };
}
/** The kind of entity that created the resource. */
var KnownCreatedByType;
(function (KnownCreatedByType) {
    /** The entity was created by a user. */
    KnownCreatedByType["User"] = "User";
    /** The entity was created by an application. */
    KnownCreatedByType["Application"] = "Application";
    /** The entity was created by a managed identity. */
    KnownCreatedByType["ManagedIdentity"] = "ManagedIdentity";
    /** The entity was created by a key. */
    KnownCreatedByType["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));
function _availableOperationsDeserializer(item) {
    return {
        value: operationDetailArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function operationDetailArrayDeserializer(result) {
    return result.map((item) => {
        return operationDetailDeserializer(item);
    });
}
function operationDetailDeserializer(item) {
    return {
        name: item["name"],
        isDataAction: item["isDataAction"],
        display: !item["display"] ? item["display"] : operationDisplayDeserializer(item["display"]),
        origin: item["origin"],
    };
}
function operationDisplayDeserializer(item) {
    return {
        provider: item["provider"],
        resource: item["resource"],
        operation: item["operation"],
        description: item["description"],
    };
}
function sessionPoolSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "environmentId",
            "containerType",
            "poolManagementType",
            "scaleConfiguration",
            "secrets",
            "dynamicPoolConfiguration",
            "customContainerTemplate",
            "sessionNetworkConfiguration",
            "managedIdentitySettings",
        ])
            ? undefined
            : _sessionPoolPropertiesSerializer(item),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
    };
}
function sessionPoolDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _sessionPoolPropertiesDeserializer(item["properties"])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function sessionPoolPropertiesSerializer(item) {
    return {
        environmentId: item["environmentId"],
        containerType: item["containerType"],
        poolManagementType: item["poolManagementType"],
        scaleConfiguration: !item["scaleConfiguration"]
            ? item["scaleConfiguration"]
            : scaleConfigurationSerializer(item["scaleConfiguration"]),
        secrets: !item["secrets"] ? item["secrets"] : sessionPoolSecretArraySerializer(item["secrets"]),
        dynamicPoolConfiguration: !item["dynamicPoolConfiguration"]
            ? item["dynamicPoolConfiguration"]
            : dynamicPoolConfigurationSerializer(item["dynamicPoolConfiguration"]),
        customContainerTemplate: !item["customContainerTemplate"]
            ? item["customContainerTemplate"]
            : customContainerTemplateSerializer(item["customContainerTemplate"]),
        sessionNetworkConfiguration: !item["sessionNetworkConfiguration"]
            ? item["sessionNetworkConfiguration"]
            : sessionNetworkConfigurationSerializer(item["sessionNetworkConfiguration"]),
        managedIdentitySettings: !item["managedIdentitySettings"]
            ? item["managedIdentitySettings"]
            : managedIdentitySettingArraySerializer(item["managedIdentitySettings"]),
    };
}
function sessionPoolPropertiesDeserializer(item) {
    return {
        environmentId: item["environmentId"],
        containerType: item["containerType"],
        poolManagementType: item["poolManagementType"],
        nodeCount: item["nodeCount"],
        scaleConfiguration: !item["scaleConfiguration"]
            ? item["scaleConfiguration"]
            : scaleConfigurationDeserializer(item["scaleConfiguration"]),
        secrets: !item["secrets"]
            ? item["secrets"]
            : sessionPoolSecretArrayDeserializer(item["secrets"]),
        dynamicPoolConfiguration: !item["dynamicPoolConfiguration"]
            ? item["dynamicPoolConfiguration"]
            : dynamicPoolConfigurationDeserializer(item["dynamicPoolConfiguration"]),
        customContainerTemplate: !item["customContainerTemplate"]
            ? item["customContainerTemplate"]
            : customContainerTemplateDeserializer(item["customContainerTemplate"]),
        sessionNetworkConfiguration: !item["sessionNetworkConfiguration"]
            ? item["sessionNetworkConfiguration"]
            : sessionNetworkConfigurationDeserializer(item["sessionNetworkConfiguration"]),
        poolManagementEndpoint: item["poolManagementEndpoint"],
        provisioningState: item["provisioningState"],
        managedIdentitySettings: !item["managedIdentitySettings"]
            ? item["managedIdentitySettings"]
            : managedIdentitySettingArrayDeserializer(item["managedIdentitySettings"]),
    };
}
/** The container type of the sessions. You can use your own container to build the session pool, or you can use a predefined container to run workload with specific language. */
var KnownContainerType;
(function (KnownContainerType) {
    /** CustomContainer */
    KnownContainerType["CustomContainer"] = "CustomContainer";
    /** PythonLTS */
    KnownContainerType["PythonLTS"] = "PythonLTS";
})(KnownContainerType || (KnownContainerType = {}));
/** The pool management type of the session pool. */
var KnownPoolManagementType;
(function (KnownPoolManagementType) {
    /** Manual */
    KnownPoolManagementType["Manual"] = "Manual";
    /** Dynamic */
    KnownPoolManagementType["Dynamic"] = "Dynamic";
})(KnownPoolManagementType || (KnownPoolManagementType = {}));
function scaleConfigurationSerializer(item) {
    return {
        maxConcurrentSessions: item["maxConcurrentSessions"],
        readySessionInstances: item["readySessionInstances"],
    };
}
function scaleConfigurationDeserializer(item) {
    return {
        maxConcurrentSessions: item["maxConcurrentSessions"],
        readySessionInstances: item["readySessionInstances"],
    };
}
function sessionPoolSecretArraySerializer(result) {
    return result.map((item) => {
        return sessionPoolSecretSerializer(item);
    });
}
function sessionPoolSecretArrayDeserializer(result) {
    return result.map((item) => {
        return sessionPoolSecretDeserializer(item);
    });
}
function sessionPoolSecretSerializer(item) {
    return { name: item["name"], value: item["value"] };
}
function sessionPoolSecretDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
    };
}
function dynamicPoolConfigurationSerializer(item) {
    return {
        lifecycleConfiguration: !item["lifecycleConfiguration"]
            ? item["lifecycleConfiguration"]
            : lifecycleConfigurationSerializer(item["lifecycleConfiguration"]),
    };
}
function dynamicPoolConfigurationDeserializer(item) {
    return {
        lifecycleConfiguration: !item["lifecycleConfiguration"]
            ? item["lifecycleConfiguration"]
            : lifecycleConfigurationDeserializer(item["lifecycleConfiguration"]),
    };
}
function lifecycleConfigurationSerializer(item) {
    return {
        lifecycleType: item["lifecycleType"],
        cooldownPeriodInSeconds: item["cooldownPeriodInSeconds"],
        maxAlivePeriodInSeconds: item["maxAlivePeriodInSeconds"],
    };
}
function lifecycleConfigurationDeserializer(item) {
    return {
        lifecycleType: item["lifecycleType"],
        cooldownPeriodInSeconds: item["cooldownPeriodInSeconds"],
        maxAlivePeriodInSeconds: item["maxAlivePeriodInSeconds"],
    };
}
/** The lifecycle type of the session pool. */
var KnownLifecycleType;
(function (KnownLifecycleType) {
    /** Timed */
    KnownLifecycleType["Timed"] = "Timed";
    /** OnContainerExit */
    KnownLifecycleType["OnContainerExit"] = "OnContainerExit";
})(KnownLifecycleType || (KnownLifecycleType = {}));
function customContainerTemplateSerializer(item) {
    return {
        registryCredentials: !item["registryCredentials"]
            ? item["registryCredentials"]
            : sessionRegistryCredentialsSerializer(item["registryCredentials"]),
        containers: !item["containers"]
            ? item["containers"]
            : sessionContainerArraySerializer(item["containers"]),
        ingress: !item["ingress"] ? item["ingress"] : sessionIngressSerializer(item["ingress"]),
    };
}
function customContainerTemplateDeserializer(item) {
    return {
        registryCredentials: !item["registryCredentials"]
            ? item["registryCredentials"]
            : sessionRegistryCredentialsDeserializer(item["registryCredentials"]),
        containers: !item["containers"]
            ? item["containers"]
            : sessionContainerArrayDeserializer(item["containers"]),
        ingress: !item["ingress"] ? item["ingress"] : sessionIngressDeserializer(item["ingress"]),
    };
}
function sessionRegistryCredentialsSerializer(item) {
    return {
        server: item["server"],
        username: item["username"],
        passwordSecretRef: item["passwordSecretRef"],
        identity: item["identity"],
    };
}
function sessionRegistryCredentialsDeserializer(item) {
    return {
        server: item["server"],
        username: item["username"],
        passwordSecretRef: item["passwordSecretRef"],
        identity: item["identity"],
    };
}
function sessionContainerArraySerializer(result) {
    return result.map((item) => {
        return sessionContainerSerializer(item);
    });
}
function sessionContainerArrayDeserializer(result) {
    return result.map((item) => {
        return sessionContainerDeserializer(item);
    });
}
function sessionContainerSerializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArraySerializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : sessionContainerResourcesSerializer(item["resources"]),
        probes: !item["probes"] ? item["probes"] : sessionProbeArraySerializer(item["probes"]),
    };
}
function sessionContainerDeserializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArrayDeserializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : sessionContainerResourcesDeserializer(item["resources"]),
        probes: !item["probes"] ? item["probes"] : sessionProbeArrayDeserializer(item["probes"]),
    };
}
function sessionContainerResourcesSerializer(item) {
    return { cpu: item["cpu"], memory: item["memory"] };
}
function sessionContainerResourcesDeserializer(item) {
    return {
        cpu: item["cpu"],
        memory: item["memory"],
    };
}
function sessionProbeArraySerializer(result) {
    return result.map((item) => {
        return sessionProbeSerializer(item);
    });
}
function sessionProbeArrayDeserializer(result) {
    return result.map((item) => {
        return sessionProbeDeserializer(item);
    });
}
function sessionProbeSerializer(item) {
    return {
        type: item["type"],
        httpGet: !item["httpGet"] ? item["httpGet"] : sessionProbeHttpGetSerializer(item["httpGet"]),
        tcpSocket: !item["tcpSocket"]
            ? item["tcpSocket"]
            : sessionProbeTcpSocketSerializer(item["tcpSocket"]),
        failureThreshold: item["failureThreshold"],
        initialDelaySeconds: item["initialDelaySeconds"],
        periodSeconds: item["periodSeconds"],
        successThreshold: item["successThreshold"],
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        timeoutSeconds: item["timeoutSeconds"],
    };
}
function sessionProbeDeserializer(item) {
    return {
        type: item["type"],
        httpGet: !item["httpGet"] ? item["httpGet"] : sessionProbeHttpGetDeserializer(item["httpGet"]),
        tcpSocket: !item["tcpSocket"]
            ? item["tcpSocket"]
            : sessionProbeTcpSocketDeserializer(item["tcpSocket"]),
        failureThreshold: item["failureThreshold"],
        initialDelaySeconds: item["initialDelaySeconds"],
        periodSeconds: item["periodSeconds"],
        successThreshold: item["successThreshold"],
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        timeoutSeconds: item["timeoutSeconds"],
    };
}
/** Denotes the type of probe. Can be Liveness or Startup, Readiness probe is not supported in sessions. Type must be unique for each probe within the context of a list of probes (SessionProbes). */
var KnownSessionProbeType;
(function (KnownSessionProbeType) {
    /** Checks whether the session is still running and healthy. */
    KnownSessionProbeType["Liveness"] = "Liveness";
    /** Checks whether the session has started successfully. */
    KnownSessionProbeType["Startup"] = "Startup";
})(KnownSessionProbeType || (KnownSessionProbeType = {}));
function sessionProbeHttpGetSerializer(item) {
    return {
        host: item["host"],
        httpHeaders: !item["httpHeaders"]
            ? item["httpHeaders"]
            : sessionProbeHttpGetHttpHeadersItemArraySerializer(item["httpHeaders"]),
        path: item["path"],
        port: item["port"],
        scheme: item["scheme"],
    };
}
function sessionProbeHttpGetDeserializer(item) {
    return {
        host: item["host"],
        httpHeaders: !item["httpHeaders"]
            ? item["httpHeaders"]
            : sessionProbeHttpGetHttpHeadersItemArrayDeserializer(item["httpHeaders"]),
        path: item["path"],
        port: item["port"],
        scheme: item["scheme"],
    };
}
function sessionProbeHttpGetHttpHeadersItemArraySerializer(result) {
    return result.map((item) => {
        return sessionProbeHttpGetHttpHeadersItemSerializer(item);
    });
}
function sessionProbeHttpGetHttpHeadersItemArrayDeserializer(result) {
    return result.map((item) => {
        return sessionProbeHttpGetHttpHeadersItemDeserializer(item);
    });
}
function sessionProbeHttpGetHttpHeadersItemSerializer(item) {
    return { name: item["name"], value: item["value"] };
}
function sessionProbeHttpGetHttpHeadersItemDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
    };
}
/** Scheme to use for connecting to the host. Defaults to HTTP. */
var KnownScheme;
(function (KnownScheme) {
    /** HTTP */
    KnownScheme["Http"] = "HTTP";
    /** HTTPS */
    KnownScheme["Https"] = "HTTPS";
})(KnownScheme || (KnownScheme = {}));
function sessionProbeTcpSocketSerializer(item) {
    return { host: item["host"], port: item["port"] };
}
function sessionProbeTcpSocketDeserializer(item) {
    return {
        host: item["host"],
        port: item["port"],
    };
}
function sessionIngressSerializer(item) {
    return { targetPort: item["targetPort"] };
}
function sessionIngressDeserializer(item) {
    return {
        targetPort: item["targetPort"],
    };
}
function sessionNetworkConfigurationSerializer(item) {
    return { status: item["status"] };
}
function sessionNetworkConfigurationDeserializer(item) {
    return {
        status: item["status"],
    };
}
/** Network status for the sessions. */
var KnownSessionNetworkStatus;
(function (KnownSessionNetworkStatus) {
    /** EgressEnabled */
    KnownSessionNetworkStatus["EgressEnabled"] = "EgressEnabled";
    /** EgressDisabled */
    KnownSessionNetworkStatus["EgressDisabled"] = "EgressDisabled";
})(KnownSessionNetworkStatus || (KnownSessionNetworkStatus = {}));
/** Provisioning state of the session pool. */
var KnownSessionPoolProvisioningState;
(function (KnownSessionPoolProvisioningState) {
    /** InProgress */
    KnownSessionPoolProvisioningState["InProgress"] = "InProgress";
    /** Succeeded */
    KnownSessionPoolProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownSessionPoolProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownSessionPoolProvisioningState["Canceled"] = "Canceled";
    /** Deleting */
    KnownSessionPoolProvisioningState["Deleting"] = "Deleting";
})(KnownSessionPoolProvisioningState || (KnownSessionPoolProvisioningState = {}));
function managedIdentitySettingArraySerializer(result) {
    return result.map((item) => {
        return managedIdentitySettingSerializer(item);
    });
}
function managedIdentitySettingArrayDeserializer(result) {
    return result.map((item) => {
        return managedIdentitySettingDeserializer(item);
    });
}
function managedIdentitySettingSerializer(item) {
    return { identity: item["identity"], lifecycle: item["lifecycle"] };
}
function managedIdentitySettingDeserializer(item) {
    return {
        identity: item["identity"],
        lifecycle: item["lifecycle"],
    };
}
/** Use to select the lifecycle stages of a Session Pool during which the Managed Identity should be available. */
var KnownSessionPoolIdentityLifeCycle;
(function (KnownSessionPoolIdentityLifeCycle) {
    /** Do not use managed identity during any lifecycle stage. */
    KnownSessionPoolIdentityLifeCycle["None"] = "None";
    /** Use managed identity during the main stage of the Container App lifecycle. */
    KnownSessionPoolIdentityLifeCycle["Main"] = "Main";
})(KnownSessionPoolIdentityLifeCycle || (KnownSessionPoolIdentityLifeCycle = {}));
function managedServiceIdentitySerializer(item) {
    return { type: item["type"], userAssignedIdentities: item["userAssignedIdentities"] };
}
function managedServiceIdentityDeserializer(item) {
    return {
        principalId: item["principalId"],
        tenantId: item["tenantId"],
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : Object.fromEntries(Object.entries(item["userAssignedIdentities"]).map(([k, p]) => [
                k,
                !p ? p : userAssignedIdentityDeserializer(p),
            ])),
    };
}
/** Type of managed service identity (where both SystemAssigned and UserAssigned types are allowed). */
var KnownManagedServiceIdentityType;
(function (KnownManagedServiceIdentityType) {
    /** No managed identity. */
    KnownManagedServiceIdentityType["None"] = "None";
    /** System assigned managed identity. */
    KnownManagedServiceIdentityType["SystemAssigned"] = "SystemAssigned";
    /** User assigned managed identity. */
    KnownManagedServiceIdentityType["UserAssigned"] = "UserAssigned";
    /** System and user assigned managed identity. */
    KnownManagedServiceIdentityType["SystemAssignedUserAssigned"] = "SystemAssigned,UserAssigned";
})(KnownManagedServiceIdentityType || (KnownManagedServiceIdentityType = {}));
function userAssignedIdentitySerializer(_item) {
    return {};
}
function userAssignedIdentityDeserializer(item) {
    return {
        principalId: item["principalId"],
        clientId: item["clientId"],
    };
}
function trackedResourceSerializer(item) {
    return { tags: item["tags"], location: item["location"] };
}
function trackedResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
    };
}
function errorResponseDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : errorDetailDeserializer(item["error"]),
    };
}
function errorDetailDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"] ? item["details"] : errorDetailArrayDeserializer(item["details"]),
        additionalInfo: !item["additionalInfo"]
            ? item["additionalInfo"]
            : errorAdditionalInfoArrayDeserializer(item["additionalInfo"]),
    };
}
function errorDetailArrayDeserializer(result) {
    return result.map((item) => {
        return errorDetailDeserializer(item);
    });
}
function errorAdditionalInfoArrayDeserializer(result) {
    return result.map((item) => {
        return errorAdditionalInfoDeserializer(item);
    });
}
function errorAdditionalInfoDeserializer(item) {
    return {
        type: item["type"],
        info: item["info"],
    };
}
function sessionPoolUpdatablePropertiesSerializer(item) {
    return {
        tags: item["tags"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        properties: areAllPropsUndefined(item, [
            "scaleConfiguration",
            "secrets",
            "dynamicPoolConfiguration",
            "customContainerTemplate",
            "sessionNetworkConfiguration",
        ])
            ? undefined
            : _sessionPoolUpdatablePropertiesPropertiesSerializer(item),
    };
}
function sessionPoolUpdatablePropertiesPropertiesSerializer(item) {
    return {
        scaleConfiguration: !item["scaleConfiguration"]
            ? item["scaleConfiguration"]
            : scaleConfigurationSerializer(item["scaleConfiguration"]),
        secrets: !item["secrets"] ? item["secrets"] : sessionPoolSecretArraySerializer(item["secrets"]),
        dynamicPoolConfiguration: !item["dynamicPoolConfiguration"]
            ? item["dynamicPoolConfiguration"]
            : dynamicPoolConfigurationSerializer(item["dynamicPoolConfiguration"]),
        customContainerTemplate: !item["customContainerTemplate"]
            ? item["customContainerTemplate"]
            : customContainerTemplateSerializer(item["customContainerTemplate"]),
        sessionNetworkConfiguration: !item["sessionNetworkConfiguration"]
            ? item["sessionNetworkConfiguration"]
            : sessionNetworkConfigurationSerializer(item["sessionNetworkConfiguration"]),
    };
}
function _sessionPoolCollectionDeserializer(item) {
    return {
        value: sessionPoolArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function sessionPoolArraySerializer(result) {
    return result.map((item) => {
        return sessionPoolSerializer(item);
    });
}
function sessionPoolArrayDeserializer(result) {
    return result.map((item) => {
        return sessionPoolDeserializer(item);
    });
}
function sandboxGroupSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: !item["properties"]
            ? item["properties"]
            : sandboxGroupPropertiesSerializer(item["properties"]),
    };
}
function sandboxGroupDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : sandboxGroupPropertiesDeserializer(item["properties"]),
    };
}
function sandboxGroupPropertiesSerializer(item) {
    return { environmentId: item["environmentId"] };
}
function sandboxGroupPropertiesDeserializer(item) {
    return {
        environmentId: item["environmentId"],
        defaultDomain: item["defaultDomain"],
        provisioningState: item["provisioningState"],
    };
}
/** Provisioning state of the SandboxGroup. */
var KnownSandboxGroupProvisioningState;
(function (KnownSandboxGroupProvisioningState) {
    /** Resource has been created. */
    KnownSandboxGroupProvisioningState["Succeeded"] = "Succeeded";
    /** Resource creation failed. */
    KnownSandboxGroupProvisioningState["Failed"] = "Failed";
    /** Resource creation was canceled. */
    KnownSandboxGroupProvisioningState["Canceled"] = "Canceled";
    /** The resource is being provisioned. */
    KnownSandboxGroupProvisioningState["InProgress"] = "InProgress";
    /** The resource is being updated. */
    KnownSandboxGroupProvisioningState["Updating"] = "Updating";
    /** The resource is being deleted. */
    KnownSandboxGroupProvisioningState["Deleting"] = "Deleting";
})(KnownSandboxGroupProvisioningState || (KnownSandboxGroupProvisioningState = {}));
function sandboxGroupPatchSerializer(item) {
    return {
        tags: item["tags"],
        properties: !item["properties"]
            ? item["properties"]
            : sandboxGroupPatchPropertiesSerializer(item["properties"]),
    };
}
function sandboxGroupPatchPropertiesSerializer(item) {
    return { environmentId: item["environmentId"] };
}
function _sandboxGroupListResultDeserializer(item) {
    return {
        value: sandboxGroupArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function sandboxGroupArraySerializer(result) {
    return result.map((item) => {
        return sandboxGroupSerializer(item);
    });
}
function sandboxGroupArrayDeserializer(result) {
    return result.map((item) => {
        return sandboxGroupDeserializer(item);
    });
}
function vnetConnectionSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : vnetConnectionPropertiesSerializer(item["properties"]),
    };
}
function vnetConnectionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : vnetConnectionPropertiesDeserializer(item["properties"]),
    };
}
function vnetConnectionPropertiesSerializer(item) {
    return { subnetId: item["subnetId"] };
}
function vnetConnectionPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        subnetId: item["subnetId"],
    };
}
/** Provisioning state of the VnetConnection. */
var KnownVnetConnectionProvisioningState;
(function (KnownVnetConnectionProvisioningState) {
    /** Resource has been created. */
    KnownVnetConnectionProvisioningState["Succeeded"] = "Succeeded";
    /** Resource creation failed. */
    KnownVnetConnectionProvisioningState["Failed"] = "Failed";
    /** Resource creation was canceled. */
    KnownVnetConnectionProvisioningState["Canceled"] = "Canceled";
    /** The resource is being provisioned. */
    KnownVnetConnectionProvisioningState["InProgress"] = "InProgress";
    /** The resource is being updated. */
    KnownVnetConnectionProvisioningState["Updating"] = "Updating";
    /** The resource is being deleted. */
    KnownVnetConnectionProvisioningState["Deleting"] = "Deleting";
})(KnownVnetConnectionProvisioningState || (KnownVnetConnectionProvisioningState = {}));
function _vnetConnectionListResultDeserializer(item) {
    return {
        value: vnetConnectionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function vnetConnectionArraySerializer(result) {
    return result.map((item) => {
        return vnetConnectionSerializer(item);
    });
}
function vnetConnectionArrayDeserializer(result) {
    return result.map((item) => {
        return vnetConnectionDeserializer(item);
    });
}
function sourceControlSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["repoUrl", "branch", "githubActionConfiguration"])
            ? undefined
            : _sourceControlPropertiesSerializer(item),
    };
}
function sourceControlDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _sourceControlPropertiesDeserializer(item["properties"])),
    };
}
function sourceControlPropertiesSerializer(item) {
    return {
        repoUrl: item["repoUrl"],
        branch: item["branch"],
        githubActionConfiguration: !item["githubActionConfiguration"]
            ? item["githubActionConfiguration"]
            : githubActionConfigurationSerializer(item["githubActionConfiguration"]),
    };
}
function sourceControlPropertiesDeserializer(item) {
    return {
        operationState: item["operationState"],
        repoUrl: item["repoUrl"],
        branch: item["branch"],
        githubActionConfiguration: !item["githubActionConfiguration"]
            ? item["githubActionConfiguration"]
            : githubActionConfigurationDeserializer(item["githubActionConfiguration"]),
    };
}
/** Current provisioning State of the operation */
var KnownSourceControlOperationState;
(function (KnownSourceControlOperationState) {
    /** InProgress */
    KnownSourceControlOperationState["InProgress"] = "InProgress";
    /** Succeeded */
    KnownSourceControlOperationState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownSourceControlOperationState["Failed"] = "Failed";
    /** Canceled */
    KnownSourceControlOperationState["Canceled"] = "Canceled";
})(KnownSourceControlOperationState || (KnownSourceControlOperationState = {}));
function githubActionConfigurationSerializer(item) {
    return {
        registryInfo: !item["registryInfo"]
            ? item["registryInfo"]
            : registryInfoSerializer(item["registryInfo"]),
        azureCredentials: !item["azureCredentials"]
            ? item["azureCredentials"]
            : azureCredentialsSerializer(item["azureCredentials"]),
        contextPath: item["contextPath"],
        githubPersonalAccessToken: item["githubPersonalAccessToken"],
        image: item["image"],
        publishType: item["publishType"],
        os: item["os"],
        runtimeStack: item["runtimeStack"],
        runtimeVersion: item["runtimeVersion"],
    };
}
function githubActionConfigurationDeserializer(item) {
    return {
        registryInfo: !item["registryInfo"]
            ? item["registryInfo"]
            : registryInfoDeserializer(item["registryInfo"]),
        azureCredentials: !item["azureCredentials"]
            ? item["azureCredentials"]
            : azureCredentialsDeserializer(item["azureCredentials"]),
        contextPath: item["contextPath"],
        githubPersonalAccessToken: item["githubPersonalAccessToken"],
        image: item["image"],
        publishType: item["publishType"],
        os: item["os"],
        runtimeStack: item["runtimeStack"],
        runtimeVersion: item["runtimeVersion"],
    };
}
function registryInfoSerializer(item) {
    return {
        registryUrl: item["registryUrl"],
        registryUserName: item["registryUserName"],
        registryPassword: item["registryPassword"],
    };
}
function registryInfoDeserializer(item) {
    return {
        registryUrl: item["registryUrl"],
        registryUserName: item["registryUserName"],
        registryPassword: item["registryPassword"],
    };
}
function azureCredentialsSerializer(item) {
    return {
        clientId: item["clientId"],
        clientSecret: item["clientSecret"],
        tenantId: item["tenantId"],
        kind: item["kind"],
        subscriptionId: item["subscriptionId"],
    };
}
function azureCredentialsDeserializer(item) {
    return {
        clientId: item["clientId"],
        clientSecret: item["clientSecret"],
        tenantId: item["tenantId"],
        kind: item["kind"],
        subscriptionId: item["subscriptionId"],
    };
}
function _sourceControlCollectionDeserializer(item) {
    return {
        value: sourceControlArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function sourceControlArraySerializer(result) {
    return result.map((item) => {
        return sourceControlSerializer(item);
    });
}
function sourceControlArrayDeserializer(result) {
    return result.map((item) => {
        return sourceControlDeserializer(item);
    });
}
function containerAppSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "managedEnvironmentId",
            "environmentId",
            "networking",
            "workloadProfileName",
            "configuration",
            "template",
        ])
            ? undefined
            : _containerAppPropertiesSerializer(item),
        extendedLocation: !item["extendedLocation"]
            ? item["extendedLocation"]
            : extendedLocationSerializer(item["extendedLocation"]),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        managedBy: item["managedBy"],
        kind: item["kind"],
    };
}
function containerAppDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _containerAppPropertiesDeserializer(item["properties"])),
        extendedLocation: !item["extendedLocation"]
            ? item["extendedLocation"]
            : extendedLocationDeserializer(item["extendedLocation"]),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
        managedBy: item["managedBy"],
        kind: item["kind"],
    };
}
function containerAppPropertiesSerializer(item) {
    return {
        managedEnvironmentId: item["managedEnvironmentId"],
        environmentId: item["environmentId"],
        networking: !item["networking"]
            ? item["networking"]
            : containerAppNetworkingConfigurationSerializer(item["networking"]),
        workloadProfileName: item["workloadProfileName"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : configurationSerializer(item["configuration"]),
        template: !item["template"] ? item["template"] : templateSerializer(item["template"]),
    };
}
function containerAppPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        runningStatus: item["runningStatus"],
        managedEnvironmentId: item["managedEnvironmentId"],
        environmentId: item["environmentId"],
        networking: !item["networking"]
            ? item["networking"]
            : containerAppNetworkingConfigurationDeserializer(item["networking"]),
        workloadProfileName: item["workloadProfileName"],
        latestRevisionName: item["latestRevisionName"],
        latestReadyRevisionName: item["latestReadyRevisionName"],
        latestRevisionFqdn: item["latestRevisionFqdn"],
        customDomainVerificationId: item["customDomainVerificationId"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : configurationDeserializer(item["configuration"]),
        template: !item["template"] ? item["template"] : templateDeserializer(item["template"]),
        outboundIpAddresses: !item["outboundIpAddresses"]
            ? item["outboundIpAddresses"]
            : item["outboundIpAddresses"].map((p) => {
                return p;
            }),
        eventStreamEndpoint: item["eventStreamEndpoint"],
    };
}
/** Provisioning state of the Container App. */
var KnownContainerAppProvisioningState;
(function (KnownContainerAppProvisioningState) {
    /** InProgress */
    KnownContainerAppProvisioningState["InProgress"] = "InProgress";
    /** Succeeded */
    KnownContainerAppProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownContainerAppProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownContainerAppProvisioningState["Canceled"] = "Canceled";
    /** Deleting */
    KnownContainerAppProvisioningState["Deleting"] = "Deleting";
})(KnownContainerAppProvisioningState || (KnownContainerAppProvisioningState = {}));
/** Running status of the Container App. */
var KnownContainerAppRunningStatus;
(function (KnownContainerAppRunningStatus) {
    /** Container App is transitioning between Stopped and Running states. */
    KnownContainerAppRunningStatus["Progressing"] = "Progressing";
    /** Container App is in Running state. */
    KnownContainerAppRunningStatus["Running"] = "Running";
    /** Container App is in Stopped state. */
    KnownContainerAppRunningStatus["Stopped"] = "Stopped";
    /** Container App Job is in Suspended state. */
    KnownContainerAppRunningStatus["Suspended"] = "Suspended";
    /** Container App Job is in Ready state. */
    KnownContainerAppRunningStatus["Ready"] = "Ready";
})(KnownContainerAppRunningStatus || (KnownContainerAppRunningStatus = {}));
function containerAppNetworkingConfigurationSerializer(item) {
    return { outboundVnetSubnetId: item["outboundVnetSubnetId"] };
}
function containerAppNetworkingConfigurationDeserializer(item) {
    return {
        outboundVnetSubnetId: item["outboundVnetSubnetId"],
    };
}
function configurationSerializer(item) {
    return {
        secrets: !item["secrets"] ? item["secrets"] : secretArraySerializer(item["secrets"]),
        activeRevisionsMode: item["activeRevisionsMode"],
        ingress: !item["ingress"] ? item["ingress"] : ingressSerializer(item["ingress"]),
        registries: !item["registries"]
            ? item["registries"]
            : registryCredentialsArraySerializer(item["registries"]),
        dapr: !item["dapr"] ? item["dapr"] : daprSerializer(item["dapr"]),
        runtime: !item["runtime"] ? item["runtime"] : runtimeSerializer(item["runtime"]),
        maxInactiveRevisions: item["maxInactiveRevisions"],
        service: !item["service"] ? item["service"] : serviceSerializer(item["service"]),
        identitySettings: !item["identitySettings"]
            ? item["identitySettings"]
            : identitySettingsArraySerializer(item["identitySettings"]),
    };
}
function configurationDeserializer(item) {
    return {
        secrets: !item["secrets"] ? item["secrets"] : secretArrayDeserializer(item["secrets"]),
        activeRevisionsMode: item["activeRevisionsMode"],
        ingress: !item["ingress"] ? item["ingress"] : ingressDeserializer(item["ingress"]),
        registries: !item["registries"]
            ? item["registries"]
            : registryCredentialsArrayDeserializer(item["registries"]),
        dapr: !item["dapr"] ? item["dapr"] : daprDeserializer(item["dapr"]),
        runtime: !item["runtime"] ? item["runtime"] : runtimeDeserializer(item["runtime"]),
        maxInactiveRevisions: item["maxInactiveRevisions"],
        service: !item["service"] ? item["service"] : serviceDeserializer(item["service"]),
        identitySettings: !item["identitySettings"]
            ? item["identitySettings"]
            : identitySettingsArrayDeserializer(item["identitySettings"]),
    };
}
function secretArraySerializer(result) {
    return result.map((item) => {
        return secretSerializer(item);
    });
}
function secretArrayDeserializer(result) {
    return result.map((item) => {
        return secretDeserializer(item);
    });
}
function secretSerializer(item) {
    return {
        name: item["name"],
        value: item["value"],
        identity: item["identity"],
        keyVaultUrl: item["keyVaultUrl"],
    };
}
function secretDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
        identity: item["identity"],
        keyVaultUrl: item["keyVaultUrl"],
    };
}
/** Controls how active revisions are handled for the Container app. */
var KnownActiveRevisionsMode;
(function (KnownActiveRevisionsMode) {
    /** Multiple */
    KnownActiveRevisionsMode["Multiple"] = "Multiple";
    /** Single */
    KnownActiveRevisionsMode["Single"] = "Single";
})(KnownActiveRevisionsMode || (KnownActiveRevisionsMode = {}));
function ingressSerializer(item) {
    return {
        external: item["external"],
        targetPort: item["targetPort"],
        exposedPort: item["exposedPort"],
        transport: item["transport"],
        traffic: !item["traffic"] ? item["traffic"] : trafficWeightArraySerializer(item["traffic"]),
        customDomains: !item["customDomains"]
            ? item["customDomains"]
            : customDomainArraySerializer(item["customDomains"]),
        allowInsecure: item["allowInsecure"],
        ipSecurityRestrictions: !item["ipSecurityRestrictions"]
            ? item["ipSecurityRestrictions"]
            : ipSecurityRestrictionRuleArraySerializer(item["ipSecurityRestrictions"]),
        stickySessions: !item["stickySessions"]
            ? item["stickySessions"]
            : ingressStickySessionsSerializer(item["stickySessions"]),
        clientCertificateMode: item["clientCertificateMode"],
        corsPolicy: !item["corsPolicy"] ? item["corsPolicy"] : corsPolicySerializer(item["corsPolicy"]),
        additionalPortMappings: !item["additionalPortMappings"]
            ? item["additionalPortMappings"]
            : ingressPortMappingArraySerializer(item["additionalPortMappings"]),
    };
}
function ingressDeserializer(item) {
    return {
        fqdn: item["fqdn"],
        external: item["external"],
        targetPort: item["targetPort"],
        exposedPort: item["exposedPort"],
        transport: item["transport"],
        traffic: !item["traffic"] ? item["traffic"] : trafficWeightArrayDeserializer(item["traffic"]),
        customDomains: !item["customDomains"]
            ? item["customDomains"]
            : customDomainArrayDeserializer(item["customDomains"]),
        allowInsecure: item["allowInsecure"],
        ipSecurityRestrictions: !item["ipSecurityRestrictions"]
            ? item["ipSecurityRestrictions"]
            : ipSecurityRestrictionRuleArrayDeserializer(item["ipSecurityRestrictions"]),
        stickySessions: !item["stickySessions"]
            ? item["stickySessions"]
            : ingressStickySessionsDeserializer(item["stickySessions"]),
        clientCertificateMode: item["clientCertificateMode"],
        corsPolicy: !item["corsPolicy"]
            ? item["corsPolicy"]
            : corsPolicyDeserializer(item["corsPolicy"]),
        additionalPortMappings: !item["additionalPortMappings"]
            ? item["additionalPortMappings"]
            : ingressPortMappingArrayDeserializer(item["additionalPortMappings"]),
    };
}
/** Ingress transport protocol */
var KnownIngressTransportMethod;
(function (KnownIngressTransportMethod) {
    /** auto */
    KnownIngressTransportMethod["Auto"] = "auto";
    /** http */
    KnownIngressTransportMethod["Http"] = "http";
    /** http2 */
    KnownIngressTransportMethod["Http2"] = "http2";
    /** tcp */
    KnownIngressTransportMethod["Tcp"] = "tcp";
})(KnownIngressTransportMethod || (KnownIngressTransportMethod = {}));
function trafficWeightArraySerializer(result) {
    return result.map((item) => {
        return trafficWeightSerializer(item);
    });
}
function trafficWeightArrayDeserializer(result) {
    return result.map((item) => {
        return trafficWeightDeserializer(item);
    });
}
function trafficWeightSerializer(item) {
    return {
        revisionName: item["revisionName"],
        weight: item["weight"],
        latestRevision: item["latestRevision"],
        label: item["label"],
    };
}
function trafficWeightDeserializer(item) {
    return {
        revisionName: item["revisionName"],
        weight: item["weight"],
        latestRevision: item["latestRevision"],
        label: item["label"],
    };
}
function customDomainArraySerializer(result) {
    return result.map((item) => {
        return customDomainSerializer(item);
    });
}
function customDomainArrayDeserializer(result) {
    return result.map((item) => {
        return customDomainDeserializer(item);
    });
}
function customDomainSerializer(item) {
    return {
        name: item["name"],
        bindingType: item["bindingType"],
        certificateId: item["certificateId"],
    };
}
function customDomainDeserializer(item) {
    return {
        name: item["name"],
        bindingType: item["bindingType"],
        certificateId: item["certificateId"],
    };
}
/** Custom Domain binding type. */
var KnownBindingType;
(function (KnownBindingType) {
    /** Disabled */
    KnownBindingType["Disabled"] = "Disabled";
    /** SniEnabled */
    KnownBindingType["SniEnabled"] = "SniEnabled";
    /** Auto */
    KnownBindingType["Auto"] = "Auto";
})(KnownBindingType || (KnownBindingType = {}));
function ipSecurityRestrictionRuleArraySerializer(result) {
    return result.map((item) => {
        return ipSecurityRestrictionRuleSerializer(item);
    });
}
function ipSecurityRestrictionRuleArrayDeserializer(result) {
    return result.map((item) => {
        return ipSecurityRestrictionRuleDeserializer(item);
    });
}
function ipSecurityRestrictionRuleSerializer(item) {
    return {
        name: item["name"],
        description: item["description"],
        ipAddressRange: item["ipAddressRange"],
        action: item["action"],
    };
}
function ipSecurityRestrictionRuleDeserializer(item) {
    return {
        name: item["name"],
        description: item["description"],
        ipAddressRange: item["ipAddressRange"],
        action: item["action"],
    };
}
/** Allow or Deny rules to determine for incoming IP. Note: Rules can only consist of ALL Allow or ALL Deny */
var KnownAction;
(function (KnownAction) {
    /** Allow */
    KnownAction["Allow"] = "Allow";
    /** Deny */
    KnownAction["Deny"] = "Deny";
})(KnownAction || (KnownAction = {}));
function ingressStickySessionsSerializer(item) {
    return { affinity: item["affinity"] };
}
function ingressStickySessionsDeserializer(item) {
    return {
        affinity: item["affinity"],
    };
}
/** Sticky Session Affinity */
var KnownAffinity;
(function (KnownAffinity) {
    /** sticky */
    KnownAffinity["Sticky"] = "sticky";
    /** none */
    KnownAffinity["None"] = "none";
})(KnownAffinity || (KnownAffinity = {}));
/** Client certificate mode for mTLS authentication. Ignore indicates server drops client certificate on forwarding. Accept indicates server forwards client certificate but does not require a client certificate. Require indicates server requires a client certificate. */
var KnownIngressClientCertificateMode;
(function (KnownIngressClientCertificateMode) {
    /** ignore */
    KnownIngressClientCertificateMode["Ignore"] = "ignore";
    /** accept */
    KnownIngressClientCertificateMode["Accept"] = "accept";
    /** require */
    KnownIngressClientCertificateMode["Require"] = "require";
})(KnownIngressClientCertificateMode || (KnownIngressClientCertificateMode = {}));
function corsPolicySerializer(item) {
    return {
        allowedOrigins: item["allowedOrigins"].map((p) => {
            return p;
        }),
        allowedMethods: !item["allowedMethods"]
            ? item["allowedMethods"]
            : item["allowedMethods"].map((p) => {
                return p;
            }),
        allowedHeaders: !item["allowedHeaders"]
            ? item["allowedHeaders"]
            : item["allowedHeaders"].map((p) => {
                return p;
            }),
        exposeHeaders: !item["exposeHeaders"]
            ? item["exposeHeaders"]
            : item["exposeHeaders"].map((p) => {
                return p;
            }),
        maxAge: item["maxAge"],
        allowCredentials: item["allowCredentials"],
    };
}
function corsPolicyDeserializer(item) {
    return {
        allowedOrigins: item["allowedOrigins"].map((p) => {
            return p;
        }),
        allowedMethods: !item["allowedMethods"]
            ? item["allowedMethods"]
            : item["allowedMethods"].map((p) => {
                return p;
            }),
        allowedHeaders: !item["allowedHeaders"]
            ? item["allowedHeaders"]
            : item["allowedHeaders"].map((p) => {
                return p;
            }),
        exposeHeaders: !item["exposeHeaders"]
            ? item["exposeHeaders"]
            : item["exposeHeaders"].map((p) => {
                return p;
            }),
        maxAge: item["maxAge"],
        allowCredentials: item["allowCredentials"],
    };
}
function ingressPortMappingArraySerializer(result) {
    return result.map((item) => {
        return ingressPortMappingSerializer(item);
    });
}
function ingressPortMappingArrayDeserializer(result) {
    return result.map((item) => {
        return ingressPortMappingDeserializer(item);
    });
}
function ingressPortMappingSerializer(item) {
    return {
        external: item["external"],
        targetPort: item["targetPort"],
        exposedPort: item["exposedPort"],
    };
}
function ingressPortMappingDeserializer(item) {
    return {
        external: item["external"],
        targetPort: item["targetPort"],
        exposedPort: item["exposedPort"],
    };
}
function registryCredentialsArraySerializer(result) {
    return result.map((item) => {
        return registryCredentialsSerializer(item);
    });
}
function registryCredentialsArrayDeserializer(result) {
    return result.map((item) => {
        return registryCredentialsDeserializer(item);
    });
}
function registryCredentialsSerializer(item) {
    return {
        server: item["server"],
        username: item["username"],
        passwordSecretRef: item["passwordSecretRef"],
        identity: item["identity"],
    };
}
function registryCredentialsDeserializer(item) {
    return {
        server: item["server"],
        username: item["username"],
        passwordSecretRef: item["passwordSecretRef"],
        identity: item["identity"],
    };
}
function daprSerializer(item) {
    return {
        enabled: item["enabled"],
        appId: item["appId"],
        appProtocol: item["appProtocol"],
        appPort: item["appPort"],
        httpReadBufferSize: item["httpReadBufferSize"],
        httpMaxRequestSize: item["httpMaxRequestSize"],
        logLevel: item["logLevel"],
        enableApiLogging: item["enableApiLogging"],
        appHealth: !item["appHealth"] ? item["appHealth"] : daprAppHealthSerializer(item["appHealth"]),
        maxConcurrency: item["maxConcurrency"],
    };
}
function daprDeserializer(item) {
    return {
        enabled: item["enabled"],
        appId: item["appId"],
        appProtocol: item["appProtocol"],
        appPort: item["appPort"],
        httpReadBufferSize: item["httpReadBufferSize"],
        httpMaxRequestSize: item["httpMaxRequestSize"],
        logLevel: item["logLevel"],
        enableApiLogging: item["enableApiLogging"],
        appHealth: !item["appHealth"]
            ? item["appHealth"]
            : daprAppHealthDeserializer(item["appHealth"]),
        maxConcurrency: item["maxConcurrency"],
    };
}
/** Tells Dapr which protocol your application is using. Valid options are http and grpc. Default is http */
var KnownAppProtocol;
(function (KnownAppProtocol) {
    /** http */
    KnownAppProtocol["Http"] = "http";
    /** grpc */
    KnownAppProtocol["Grpc"] = "grpc";
})(KnownAppProtocol || (KnownAppProtocol = {}));
/** Sets the log level for the Dapr sidecar. Allowed values are debug, info, warn, error. Default is info. */
var KnownLogLevel;
(function (KnownLogLevel) {
    /** info */
    KnownLogLevel["Info"] = "info";
    /** debug */
    KnownLogLevel["Debug"] = "debug";
    /** warn */
    KnownLogLevel["Warn"] = "warn";
    /** error */
    KnownLogLevel["Error"] = "error";
})(KnownLogLevel || (KnownLogLevel = {}));
function daprAppHealthSerializer(item) {
    return {
        enabled: item["enabled"],
        path: item["path"],
        probeIntervalSeconds: item["probeIntervalSeconds"],
        probeTimeoutMilliseconds: item["probeTimeoutMilliseconds"],
        threshold: item["threshold"],
    };
}
function daprAppHealthDeserializer(item) {
    return {
        enabled: item["enabled"],
        path: item["path"],
        probeIntervalSeconds: item["probeIntervalSeconds"],
        probeTimeoutMilliseconds: item["probeTimeoutMilliseconds"],
        threshold: item["threshold"],
    };
}
function runtimeSerializer(item) {
    return { java: !item["java"] ? item["java"] : runtimeJavaSerializer(item["java"]) };
}
function runtimeDeserializer(item) {
    return {
        java: !item["java"] ? item["java"] : runtimeJavaDeserializer(item["java"]),
    };
}
function runtimeJavaSerializer(item) {
    return { enableMetrics: item["enableMetrics"] };
}
function runtimeJavaDeserializer(item) {
    return {
        enableMetrics: item["enableMetrics"],
    };
}
function serviceSerializer(item) {
    return { type: item["type"] };
}
function serviceDeserializer(item) {
    return {
        type: item["type"],
    };
}
function identitySettingsArraySerializer(result) {
    return result.map((item) => {
        return identitySettingsSerializer(item);
    });
}
function identitySettingsArrayDeserializer(result) {
    return result.map((item) => {
        return identitySettingsDeserializer(item);
    });
}
function identitySettingsSerializer(item) {
    return { identity: item["identity"], lifecycle: item["lifecycle"] };
}
function identitySettingsDeserializer(item) {
    return {
        identity: item["identity"],
        lifecycle: item["lifecycle"],
    };
}
/** Use to select the lifecycle stages of a Container App during which the Managed Identity should be available. */
var KnownIdentitySettingsLifeCycle;
(function (KnownIdentitySettingsLifeCycle) {
    /** Do not use managed identity during any lifecycle stage. */
    KnownIdentitySettingsLifeCycle["None"] = "None";
    /** Use managed identity during the main stage of the Container App lifecycle. */
    KnownIdentitySettingsLifeCycle["Main"] = "Main";
    /** Use managed identity during the init stage of the Container App lifecycle. */
    KnownIdentitySettingsLifeCycle["Init"] = "Init";
    /** Use managed identity during all lifecycle stages of the Container App. */
    KnownIdentitySettingsLifeCycle["All"] = "All";
})(KnownIdentitySettingsLifeCycle || (KnownIdentitySettingsLifeCycle = {}));
function templateSerializer(item) {
    return {
        revisionSuffix: item["revisionSuffix"],
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : initContainerArraySerializer(item["initContainers"]),
        containers: !item["containers"]
            ? item["containers"]
            : containerArraySerializer(item["containers"]),
        scale: !item["scale"] ? item["scale"] : scaleSerializer(item["scale"]),
        volumes: !item["volumes"] ? item["volumes"] : volumeArraySerializer(item["volumes"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : serviceBindArraySerializer(item["serviceBinds"]),
    };
}
function templateDeserializer(item) {
    return {
        revisionSuffix: item["revisionSuffix"],
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : initContainerArrayDeserializer(item["initContainers"]),
        containers: !item["containers"]
            ? item["containers"]
            : containerArrayDeserializer(item["containers"]),
        scale: !item["scale"] ? item["scale"] : scaleDeserializer(item["scale"]),
        volumes: !item["volumes"] ? item["volumes"] : volumeArrayDeserializer(item["volumes"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : serviceBindArrayDeserializer(item["serviceBinds"]),
    };
}
function initContainerArraySerializer(result) {
    return result.map((item) => {
        return initContainerSerializer(item);
    });
}
function initContainerArrayDeserializer(result) {
    return result.map((item) => {
        return initContainerDeserializer(item);
    });
}
function initContainerSerializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArraySerializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesSerializer(item["resources"]),
        volumeMounts: !item["volumeMounts"]
            ? item["volumeMounts"]
            : volumeMountArraySerializer(item["volumeMounts"]),
    };
}
function initContainerDeserializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArrayDeserializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesDeserializer(item["resources"]),
        volumeMounts: !item["volumeMounts"]
            ? item["volumeMounts"]
            : volumeMountArrayDeserializer(item["volumeMounts"]),
    };
}
function containerArraySerializer(result) {
    return result.map((item) => {
        return containerSerializer(item);
    });
}
function containerArrayDeserializer(result) {
    return result.map((item) => {
        return containerDeserializer(item);
    });
}
function containerSerializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArraySerializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesSerializer(item["resources"]),
        volumeMounts: !item["volumeMounts"]
            ? item["volumeMounts"]
            : volumeMountArraySerializer(item["volumeMounts"]),
        probes: !item["probes"] ? item["probes"] : containerAppProbeArraySerializer(item["probes"]),
    };
}
function containerDeserializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArrayDeserializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesDeserializer(item["resources"]),
        volumeMounts: !item["volumeMounts"]
            ? item["volumeMounts"]
            : volumeMountArrayDeserializer(item["volumeMounts"]),
        probes: !item["probes"] ? item["probes"] : containerAppProbeArrayDeserializer(item["probes"]),
    };
}
function containerAppProbeArraySerializer(result) {
    return result.map((item) => {
        return containerAppProbeSerializer(item);
    });
}
function containerAppProbeArrayDeserializer(result) {
    return result.map((item) => {
        return containerAppProbeDeserializer(item);
    });
}
function containerAppProbeSerializer(item) {
    return {
        failureThreshold: item["failureThreshold"],
        httpGet: !item["httpGet"]
            ? item["httpGet"]
            : containerAppProbeHttpGetSerializer(item["httpGet"]),
        initialDelaySeconds: item["initialDelaySeconds"],
        periodSeconds: item["periodSeconds"],
        successThreshold: item["successThreshold"],
        tcpSocket: !item["tcpSocket"]
            ? item["tcpSocket"]
            : containerAppProbeTcpSocketSerializer(item["tcpSocket"]),
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        timeoutSeconds: item["timeoutSeconds"],
        type: item["type"],
    };
}
function containerAppProbeDeserializer(item) {
    return {
        failureThreshold: item["failureThreshold"],
        httpGet: !item["httpGet"]
            ? item["httpGet"]
            : containerAppProbeHttpGetDeserializer(item["httpGet"]),
        initialDelaySeconds: item["initialDelaySeconds"],
        periodSeconds: item["periodSeconds"],
        successThreshold: item["successThreshold"],
        tcpSocket: !item["tcpSocket"]
            ? item["tcpSocket"]
            : containerAppProbeTcpSocketDeserializer(item["tcpSocket"]),
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        timeoutSeconds: item["timeoutSeconds"],
        type: item["type"],
    };
}
function containerAppProbeHttpGetSerializer(item) {
    return {
        host: item["host"],
        httpHeaders: !item["httpHeaders"]
            ? item["httpHeaders"]
            : containerAppProbeHttpGetHttpHeadersItemArraySerializer(item["httpHeaders"]),
        path: item["path"],
        port: item["port"],
        scheme: item["scheme"],
    };
}
function containerAppProbeHttpGetDeserializer(item) {
    return {
        host: item["host"],
        httpHeaders: !item["httpHeaders"]
            ? item["httpHeaders"]
            : containerAppProbeHttpGetHttpHeadersItemArrayDeserializer(item["httpHeaders"]),
        path: item["path"],
        port: item["port"],
        scheme: item["scheme"],
    };
}
function containerAppProbeHttpGetHttpHeadersItemArraySerializer(result) {
    return result.map((item) => {
        return containerAppProbeHttpGetHttpHeadersItemSerializer(item);
    });
}
function containerAppProbeHttpGetHttpHeadersItemArrayDeserializer(result) {
    return result.map((item) => {
        return containerAppProbeHttpGetHttpHeadersItemDeserializer(item);
    });
}
function containerAppProbeHttpGetHttpHeadersItemSerializer(item) {
    return { name: item["name"], value: item["value"] };
}
function containerAppProbeHttpGetHttpHeadersItemDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
    };
}
function containerAppProbeTcpSocketSerializer(item) {
    return { host: item["host"], port: item["port"] };
}
function containerAppProbeTcpSocketDeserializer(item) {
    return {
        host: item["host"],
        port: item["port"],
    };
}
/** The type of probe. */
var KnownType;
(function (KnownType) {
    /** Liveness */
    KnownType["Liveness"] = "Liveness";
    /** Readiness */
    KnownType["Readiness"] = "Readiness";
    /** Startup */
    KnownType["Startup"] = "Startup";
})(KnownType || (KnownType = {}));
function scaleSerializer(item) {
    return {
        minReplicas: item["minReplicas"],
        maxReplicas: item["maxReplicas"],
        cooldownPeriod: item["cooldownPeriod"],
        pollingInterval: item["pollingInterval"],
        allowScalingRuleOverride: item["allowScalingRuleOverride"],
        rules: !item["rules"] ? item["rules"] : scaleRuleArraySerializer(item["rules"]),
    };
}
function scaleDeserializer(item) {
    return {
        minReplicas: item["minReplicas"],
        maxReplicas: item["maxReplicas"],
        cooldownPeriod: item["cooldownPeriod"],
        pollingInterval: item["pollingInterval"],
        allowScalingRuleOverride: item["allowScalingRuleOverride"],
        rules: !item["rules"] ? item["rules"] : scaleRuleArrayDeserializer(item["rules"]),
    };
}
function scaleRuleArraySerializer(result) {
    return result.map((item) => {
        return scaleRuleSerializer(item);
    });
}
function scaleRuleArrayDeserializer(result) {
    return result.map((item) => {
        return scaleRuleDeserializer(item);
    });
}
function scaleRuleSerializer(item) {
    return {
        name: item["name"],
        azureQueue: !item["azureQueue"]
            ? item["azureQueue"]
            : queueScaleRuleSerializer(item["azureQueue"]),
        custom: !item["custom"] ? item["custom"] : customScaleRuleSerializer(item["custom"]),
        http: !item["http"] ? item["http"] : httpScaleRuleSerializer(item["http"]),
        tcp: !item["tcp"] ? item["tcp"] : tcpScaleRuleSerializer(item["tcp"]),
    };
}
function scaleRuleDeserializer(item) {
    return {
        name: item["name"],
        azureQueue: !item["azureQueue"]
            ? item["azureQueue"]
            : queueScaleRuleDeserializer(item["azureQueue"]),
        custom: !item["custom"] ? item["custom"] : customScaleRuleDeserializer(item["custom"]),
        http: !item["http"] ? item["http"] : httpScaleRuleDeserializer(item["http"]),
        tcp: !item["tcp"] ? item["tcp"] : tcpScaleRuleDeserializer(item["tcp"]),
    };
}
function queueScaleRuleSerializer(item) {
    return {
        accountName: item["accountName"],
        queueName: item["queueName"],
        queueLength: item["queueLength"],
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArraySerializer(item["auth"]),
        identity: item["identity"],
    };
}
function queueScaleRuleDeserializer(item) {
    return {
        accountName: item["accountName"],
        queueName: item["queueName"],
        queueLength: item["queueLength"],
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArrayDeserializer(item["auth"]),
        identity: item["identity"],
    };
}
function scaleRuleAuthArraySerializer(result) {
    return result.map((item) => {
        return scaleRuleAuthSerializer(item);
    });
}
function scaleRuleAuthArrayDeserializer(result) {
    return result.map((item) => {
        return scaleRuleAuthDeserializer(item);
    });
}
function scaleRuleAuthSerializer(item) {
    return { secretRef: item["secretRef"], triggerParameter: item["triggerParameter"] };
}
function scaleRuleAuthDeserializer(item) {
    return {
        secretRef: item["secretRef"],
        triggerParameter: item["triggerParameter"],
    };
}
function customScaleRuleSerializer(item) {
    return {
        type: item["type"],
        metadata: item["metadata"],
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArraySerializer(item["auth"]),
        identity: item["identity"],
    };
}
function customScaleRuleDeserializer(item) {
    return {
        type: item["type"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArrayDeserializer(item["auth"]),
        identity: item["identity"],
    };
}
function httpScaleRuleSerializer(item) {
    return {
        metadata: item["metadata"],
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArraySerializer(item["auth"]),
        identity: item["identity"],
    };
}
function httpScaleRuleDeserializer(item) {
    return {
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArrayDeserializer(item["auth"]),
        identity: item["identity"],
    };
}
function tcpScaleRuleSerializer(item) {
    return {
        metadata: item["metadata"],
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArraySerializer(item["auth"]),
        identity: item["identity"],
    };
}
function tcpScaleRuleDeserializer(item) {
    return {
        metadata: !item["metadata"]
            ? item["metadata"]
            : Object.fromEntries(Object.entries(item["metadata"]).map(([k, p]) => [k, p])),
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArrayDeserializer(item["auth"]),
        identity: item["identity"],
    };
}
function volumeArraySerializer(result) {
    return result.map((item) => {
        return volumeSerializer(item);
    });
}
function volumeArrayDeserializer(result) {
    return result.map((item) => {
        return volumeDeserializer(item);
    });
}
function volumeSerializer(item) {
    return {
        name: item["name"],
        storageType: item["storageType"],
        storageName: item["storageName"],
        secrets: !item["secrets"] ? item["secrets"] : secretVolumeItemArraySerializer(item["secrets"]),
        mountOptions: item["mountOptions"],
    };
}
function volumeDeserializer(item) {
    return {
        name: item["name"],
        storageType: item["storageType"],
        storageName: item["storageName"],
        secrets: !item["secrets"]
            ? item["secrets"]
            : secretVolumeItemArrayDeserializer(item["secrets"]),
        mountOptions: item["mountOptions"],
    };
}
/** Storage type for the volume. If not provided, use EmptyDir. */
var KnownStorageType;
(function (KnownStorageType) {
    /** AzureFile */
    KnownStorageType["AzureFile"] = "AzureFile";
    /** EmptyDir */
    KnownStorageType["EmptyDir"] = "EmptyDir";
    /** Secret */
    KnownStorageType["Secret"] = "Secret";
    /** NfsAzureFile */
    KnownStorageType["NfsAzureFile"] = "NfsAzureFile";
})(KnownStorageType || (KnownStorageType = {}));
function secretVolumeItemArraySerializer(result) {
    return result.map((item) => {
        return secretVolumeItemSerializer(item);
    });
}
function secretVolumeItemArrayDeserializer(result) {
    return result.map((item) => {
        return secretVolumeItemDeserializer(item);
    });
}
function secretVolumeItemSerializer(item) {
    return { secretRef: item["secretRef"], path: item["path"] };
}
function secretVolumeItemDeserializer(item) {
    return {
        secretRef: item["secretRef"],
        path: item["path"],
    };
}
function serviceBindArraySerializer(result) {
    return result.map((item) => {
        return serviceBindSerializer(item);
    });
}
function serviceBindArrayDeserializer(result) {
    return result.map((item) => {
        return serviceBindDeserializer(item);
    });
}
function serviceBindSerializer(item) {
    return { serviceId: item["serviceId"], name: item["name"] };
}
function serviceBindDeserializer(item) {
    return {
        serviceId: item["serviceId"],
        name: item["name"],
    };
}
function extendedLocationSerializer(item) {
    return { name: item["name"], type: item["type"] };
}
function extendedLocationDeserializer(item) {
    return {
        name: item["name"],
        type: item["type"],
    };
}
/** The type of extendedLocation. */
var KnownExtendedLocationTypes;
(function (KnownExtendedLocationTypes) {
    /** CustomLocation */
    KnownExtendedLocationTypes["CustomLocation"] = "CustomLocation";
})(KnownExtendedLocationTypes || (KnownExtendedLocationTypes = {}));
/** Metadata to represent the container app kind, representing if a container app is workflowapp or functionapp. */
var KnownKind;
(function (KnownKind) {
    /** workflowapp */
    KnownKind["Workflowapp"] = "workflowapp";
    /** functionapp */
    KnownKind["Functionapp"] = "functionapp";
})(KnownKind || (KnownKind = {}));
function baseContainerSerializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArraySerializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesSerializer(item["resources"]),
        volumeMounts: !item["volumeMounts"]
            ? item["volumeMounts"]
            : volumeMountArraySerializer(item["volumeMounts"]),
    };
}
function baseContainerDeserializer(item) {
    return {
        image: item["image"],
        name: item["name"],
        command: !item["command"]
            ? item["command"]
            : item["command"].map((p) => {
                return p;
            }),
        args: !item["args"]
            ? item["args"]
            : item["args"].map((p) => {
                return p;
            }),
        env: !item["env"] ? item["env"] : environmentVarArrayDeserializer(item["env"]),
        resources: !item["resources"]
            ? item["resources"]
            : containerResourcesDeserializer(item["resources"]),
        volumeMounts: !item["volumeMounts"]
            ? item["volumeMounts"]
            : volumeMountArrayDeserializer(item["volumeMounts"]),
    };
}
function volumeMountArraySerializer(result) {
    return result.map((item) => {
        return volumeMountSerializer(item);
    });
}
function volumeMountArrayDeserializer(result) {
    return result.map((item) => {
        return volumeMountDeserializer(item);
    });
}
function volumeMountSerializer(item) {
    return { volumeName: item["volumeName"], mountPath: item["mountPath"], subPath: item["subPath"] };
}
function volumeMountDeserializer(item) {
    return {
        volumeName: item["volumeName"],
        mountPath: item["mountPath"],
        subPath: item["subPath"],
    };
}
function _containerAppCollectionDeserializer(item) {
    return {
        value: containerAppArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function containerAppArraySerializer(result) {
    return result.map((item) => {
        return containerAppSerializer(item);
    });
}
function containerAppArrayDeserializer(result) {
    return result.map((item) => {
        return containerAppDeserializer(item);
    });
}
function customHostnameAnalysisResultDeserializer(item) {
    return {
        hostName: item["hostName"],
        isHostnameAlreadyVerified: item["isHostnameAlreadyVerified"],
        customDomainVerificationTest: item["customDomainVerificationTest"],
        customDomainVerificationFailureInfo: !item["customDomainVerificationFailureInfo"]
            ? item["customDomainVerificationFailureInfo"]
            : customHostnameAnalysisResultCustomDomainVerificationFailureInfoDeserializer(item["customDomainVerificationFailureInfo"]),
        hasConflictOnManagedEnvironment: item["hasConflictOnManagedEnvironment"],
        conflictWithEnvironmentCustomDomain: item["conflictWithEnvironmentCustomDomain"],
        conflictingContainerAppResourceId: item["conflictingContainerAppResourceId"],
        cNameRecords: !item["cNameRecords"]
            ? item["cNameRecords"]
            : item["cNameRecords"].map((p) => {
                return p;
            }),
        txtRecords: !item["txtRecords"]
            ? item["txtRecords"]
            : item["txtRecords"].map((p) => {
                return p;
            }),
        aRecords: !item["aRecords"]
            ? item["aRecords"]
            : item["aRecords"].map((p) => {
                return p;
            }),
        alternateCNameRecords: !item["alternateCNameRecords"]
            ? item["alternateCNameRecords"]
            : item["alternateCNameRecords"].map((p) => {
                return p;
            }),
        alternateTxtRecords: !item["alternateTxtRecords"]
            ? item["alternateTxtRecords"]
            : item["alternateTxtRecords"].map((p) => {
                return p;
            }),
    };
}
function customHostnameAnalysisResultCustomDomainVerificationFailureInfoDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"]
            ? item["details"]
            : customHostnameAnalysisResultCustomDomainVerificationFailureInfoDetailsItemArrayDeserializer(item["details"]),
    };
}
function customHostnameAnalysisResultCustomDomainVerificationFailureInfoDetailsItemArrayDeserializer(result) {
    return result.map((item) => {
        return customHostnameAnalysisResultCustomDomainVerificationFailureInfoDetailsItemDeserializer(item);
    });
}
function customHostnameAnalysisResultCustomDomainVerificationFailureInfoDetailsItemDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
    };
}
function secretsCollectionDeserializer(item) {
    return {
        value: containerAppSecretArrayDeserializer(item["value"]),
    };
}
function containerAppSecretArrayDeserializer(result) {
    return result.map((item) => {
        return containerAppSecretDeserializer(item);
    });
}
function containerAppSecretDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
        identity: item["identity"],
        keyVaultUrl: item["keyVaultUrl"],
    };
}
function containerAppAuthTokenDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _containerAppAuthTokenPropertiesDeserializer(item["properties"])),
    };
}
function containerAppAuthTokenPropertiesDeserializer(item) {
    return {
        token: item["token"],
        expires: !item["expires"] ? item["expires"] : new Date(item["expires"]),
    };
}
function containerAppsFunctionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _containerAppsFunctionPropertiesDeserializer(item["properties"])),
    };
}
function containerAppsFunctionPropertiesDeserializer(item) {
    return {
        invokeUrlTemplate: item["invokeUrlTemplate"],
        triggerType: item["triggerType"],
        language: item["language"],
        isDisabled: item["isDisabled"],
        state: item["state"],
    };
}
/** The state of a Container App function. */
var KnownContainerAppsFunctionState;
(function (KnownContainerAppsFunctionState) {
    /** The function is enabled. */
    KnownContainerAppsFunctionState["Enabled"] = "Enabled";
    /** The function is disabled. */
    KnownContainerAppsFunctionState["Disabled"] = "Disabled";
})(KnownContainerAppsFunctionState || (KnownContainerAppsFunctionState = {}));
function _containerAppsFunctionCollectionDeserializer(item) {
    return {
        value: containerAppsFunctionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function containerAppsFunctionArrayDeserializer(result) {
    return result.map((item) => {
        return containerAppsFunctionDeserializer(item);
    });
}
function revisionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _revisionPropertiesDeserializer(item["properties"])),
    };
}
function revisionPropertiesDeserializer(item) {
    return {
        createdTime: !item["createdTime"] ? item["createdTime"] : new Date(item["createdTime"]),
        lastActiveTime: !item["lastActiveTime"]
            ? item["lastActiveTime"]
            : new Date(item["lastActiveTime"]),
        fqdn: item["fqdn"],
        template: !item["template"] ? item["template"] : templateDeserializer(item["template"]),
        active: item["active"],
        replicas: item["replicas"],
        trafficWeight: item["trafficWeight"],
        provisioningError: item["provisioningError"],
        healthState: item["healthState"],
        provisioningState: item["provisioningState"],
        runningState: item["runningState"],
    };
}
/** Current health State of the revision */
var KnownRevisionHealthState;
(function (KnownRevisionHealthState) {
    /** Healthy */
    KnownRevisionHealthState["Healthy"] = "Healthy";
    /** Unhealthy */
    KnownRevisionHealthState["Unhealthy"] = "Unhealthy";
    /** None */
    KnownRevisionHealthState["None"] = "None";
})(KnownRevisionHealthState || (KnownRevisionHealthState = {}));
/** Current provisioning State of the revision */
var KnownRevisionProvisioningState;
(function (KnownRevisionProvisioningState) {
    /** Provisioning */
    KnownRevisionProvisioningState["Provisioning"] = "Provisioning";
    /** Provisioned */
    KnownRevisionProvisioningState["Provisioned"] = "Provisioned";
    /** Failed */
    KnownRevisionProvisioningState["Failed"] = "Failed";
    /** Deprovisioning */
    KnownRevisionProvisioningState["Deprovisioning"] = "Deprovisioning";
    /** Deprovisioned */
    KnownRevisionProvisioningState["Deprovisioned"] = "Deprovisioned";
})(KnownRevisionProvisioningState || (KnownRevisionProvisioningState = {}));
/** Current running state of the revision */
var KnownRevisionRunningState;
(function (KnownRevisionRunningState) {
    /** Running */
    KnownRevisionRunningState["Running"] = "Running";
    /** Processing */
    KnownRevisionRunningState["Processing"] = "Processing";
    /** Stopped */
    KnownRevisionRunningState["Stopped"] = "Stopped";
    /** Degraded */
    KnownRevisionRunningState["Degraded"] = "Degraded";
    /** Failed */
    KnownRevisionRunningState["Failed"] = "Failed";
    /** Unknown */
    KnownRevisionRunningState["Unknown"] = "Unknown";
})(KnownRevisionRunningState || (KnownRevisionRunningState = {}));
function _revisionCollectionDeserializer(item) {
    return {
        value: revisionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function revisionArrayDeserializer(result) {
    return result.map((item) => {
        return revisionDeserializer(item);
    });
}
function labelHistoryDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : labelHistoryPropertiesDeserializer(item["properties"]),
    };
}
function labelHistoryPropertiesDeserializer(item) {
    return {
        records: !item["records"]
            ? item["records"]
            : labelHistoryRecordItemArrayDeserializer(item["records"]),
    };
}
function labelHistoryRecordItemArrayDeserializer(result) {
    return result.map((item) => {
        return labelHistoryRecordItemDeserializer(item);
    });
}
function labelHistoryRecordItemDeserializer(item) {
    return {
        revision: item["revision"],
        start: !item["start"] ? item["start"] : new Date(item["start"]),
        stop: !item["stop"] ? item["stop"] : new Date(item["stop"]),
        status: item["status"],
    };
}
/** Status of the label history record. */
var KnownStatus;
(function (KnownStatus) {
    /** The label operation completed successfully. */
    KnownStatus["Succeeded"] = "Succeeded";
    /** The label operation failed. */
    KnownStatus["Failed"] = "Failed";
    /** The label operation is starting. */
    KnownStatus["Starting"] = "Starting";
})(KnownStatus || (KnownStatus = {}));
function _labelHistoryCollectionDeserializer(item) {
    return {
        value: labelHistoryArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function labelHistoryArrayDeserializer(result) {
    return result.map((item) => {
        return labelHistoryDeserializer(item);
    });
}
function replicaDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _replicaPropertiesDeserializer(item["properties"])),
    };
}
function replicaPropertiesDeserializer(item) {
    return {
        createdTime: !item["createdTime"] ? item["createdTime"] : new Date(item["createdTime"]),
        runningState: item["runningState"],
        runningStateDetails: item["runningStateDetails"],
        containers: !item["containers"]
            ? item["containers"]
            : replicaContainerArrayDeserializer(item["containers"]),
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : replicaContainerArrayDeserializer(item["initContainers"]),
    };
}
/** Current running state of the replica */
var KnownContainerAppReplicaRunningState;
(function (KnownContainerAppReplicaRunningState) {
    /** Running */
    KnownContainerAppReplicaRunningState["Running"] = "Running";
    /** NotRunning */
    KnownContainerAppReplicaRunningState["NotRunning"] = "NotRunning";
    /** Unknown */
    KnownContainerAppReplicaRunningState["Unknown"] = "Unknown";
})(KnownContainerAppReplicaRunningState || (KnownContainerAppReplicaRunningState = {}));
function replicaContainerArrayDeserializer(result) {
    return result.map((item) => {
        return replicaContainerDeserializer(item);
    });
}
function replicaContainerDeserializer(item) {
    return {
        name: item["name"],
        containerId: item["containerId"],
        ready: item["ready"],
        started: item["started"],
        restartCount: item["restartCount"],
        runningState: item["runningState"],
        runningStateDetails: item["runningStateDetails"],
        logStreamEndpoint: item["logStreamEndpoint"],
        execEndpoint: item["execEndpoint"],
        debugEndpoint: item["debugEndpoint"],
    };
}
/** Current running state of the container */
var KnownContainerAppContainerRunningState;
(function (KnownContainerAppContainerRunningState) {
    /** Running */
    KnownContainerAppContainerRunningState["Running"] = "Running";
    /** Terminated */
    KnownContainerAppContainerRunningState["Terminated"] = "Terminated";
    /** Waiting */
    KnownContainerAppContainerRunningState["Waiting"] = "Waiting";
})(KnownContainerAppContainerRunningState || (KnownContainerAppContainerRunningState = {}));
function replicaCollectionDeserializer(item) {
    return {
        value: replicaArrayDeserializer(item["value"]),
    };
}
function replicaArrayDeserializer(result) {
    return result.map((item) => {
        return replicaDeserializer(item);
    });
}
function dotNetComponentSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["componentType", "configurations", "serviceBinds"])
            ? undefined
            : _dotNetComponentPropertiesSerializer(item),
    };
}
function dotNetComponentDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _dotNetComponentPropertiesDeserializer(item["properties"])),
    };
}
function dotNetComponentPropertiesSerializer(item) {
    return {
        componentType: item["componentType"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : dotNetComponentConfigurationPropertyArraySerializer(item["configurations"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : dotNetComponentServiceBindArraySerializer(item["serviceBinds"]),
    };
}
function dotNetComponentPropertiesDeserializer(item) {
    return {
        componentType: item["componentType"],
        provisioningState: item["provisioningState"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : dotNetComponentConfigurationPropertyArrayDeserializer(item["configurations"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : dotNetComponentServiceBindArrayDeserializer(item["serviceBinds"]),
    };
}
/** Type of the .NET Component. */
var KnownDotNetComponentType;
(function (KnownDotNetComponentType) {
    /** An Aspire dashboard component. */
    KnownDotNetComponentType["AspireDashboard"] = "AspireDashboard";
})(KnownDotNetComponentType || (KnownDotNetComponentType = {}));
/** Provisioning state of the .NET Component. */
var KnownDotNetComponentProvisioningState;
(function (KnownDotNetComponentProvisioningState) {
    /** The .NET component was provisioned successfully. */
    KnownDotNetComponentProvisioningState["Succeeded"] = "Succeeded";
    /** The .NET component failed to provision. */
    KnownDotNetComponentProvisioningState["Failed"] = "Failed";
    /** Provisioning of the .NET component was canceled. */
    KnownDotNetComponentProvisioningState["Canceled"] = "Canceled";
    /** The .NET component is being deleted. */
    KnownDotNetComponentProvisioningState["Deleting"] = "Deleting";
    /** The .NET component is being provisioned. */
    KnownDotNetComponentProvisioningState["InProgress"] = "InProgress";
})(KnownDotNetComponentProvisioningState || (KnownDotNetComponentProvisioningState = {}));
function dotNetComponentConfigurationPropertyArraySerializer(result) {
    return result.map((item) => {
        return dotNetComponentConfigurationPropertySerializer(item);
    });
}
function dotNetComponentConfigurationPropertyArrayDeserializer(result) {
    return result.map((item) => {
        return dotNetComponentConfigurationPropertyDeserializer(item);
    });
}
function dotNetComponentConfigurationPropertySerializer(item) {
    return { propertyName: item["propertyName"], value: item["value"] };
}
function dotNetComponentConfigurationPropertyDeserializer(item) {
    return {
        propertyName: item["propertyName"],
        value: item["value"],
    };
}
function dotNetComponentServiceBindArraySerializer(result) {
    return result.map((item) => {
        return dotNetComponentServiceBindSerializer(item);
    });
}
function dotNetComponentServiceBindArrayDeserializer(result) {
    return result.map((item) => {
        return dotNetComponentServiceBindDeserializer(item);
    });
}
function dotNetComponentServiceBindSerializer(item) {
    return { name: item["name"], serviceId: item["serviceId"] };
}
function dotNetComponentServiceBindDeserializer(item) {
    return {
        name: item["name"],
        serviceId: item["serviceId"],
    };
}
function _dotNetComponentsCollectionDeserializer(item) {
    return {
        value: dotNetComponentArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function dotNetComponentArraySerializer(result) {
    return result.map((item) => {
        return dotNetComponentSerializer(item);
    });
}
function dotNetComponentArrayDeserializer(result) {
    return result.map((item) => {
        return dotNetComponentDeserializer(item);
    });
}
function javaComponentSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : javaComponentPropertiesUnionSerializer(item["properties"]),
    };
}
function javaComponentDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : javaComponentPropertiesUnionDeserializer(item["properties"]),
    };
}
function javaComponentPropertiesSerializer(item) {
    return {
        componentType: item["componentType"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArraySerializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleSerializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArraySerializer(item["serviceBinds"]),
    };
}
function javaComponentPropertiesDeserializer(item) {
    return {
        componentType: item["componentType"],
        provisioningState: item["provisioningState"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArrayDeserializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleDeserializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArrayDeserializer(item["serviceBinds"]),
    };
}
function javaComponentPropertiesUnionSerializer(item) {
    switch (item.componentType) {
        case "SpringBootAdmin":
            return springBootAdminComponentSerializer(item);
        case "SpringCloudEureka":
            return springCloudEurekaComponentSerializer(item);
        case "SpringCloudConfig":
            return springCloudConfigComponentSerializer(item);
        default:
            return javaComponentPropertiesSerializer(item);
    }
}
function javaComponentPropertiesUnionDeserializer(item) {
    switch (item["componentType"]) {
        case "SpringBootAdmin":
            return springBootAdminComponentDeserializer(item);
        case "SpringCloudEureka":
            return springCloudEurekaComponentDeserializer(item);
        case "SpringCloudConfig":
            return springCloudConfigComponentDeserializer(item);
        default:
            return javaComponentPropertiesDeserializer(item);
    }
}
/** Type of the Java Component. */
var KnownJavaComponentType;
(function (KnownJavaComponentType) {
    /** SpringBootAdmin */
    KnownJavaComponentType["SpringBootAdmin"] = "SpringBootAdmin";
    /** SpringCloudEureka */
    KnownJavaComponentType["SpringCloudEureka"] = "SpringCloudEureka";
    /** SpringCloudConfig */
    KnownJavaComponentType["SpringCloudConfig"] = "SpringCloudConfig";
})(KnownJavaComponentType || (KnownJavaComponentType = {}));
/** Provisioning state of the Java Component. */
var KnownJavaComponentProvisioningState;
(function (KnownJavaComponentProvisioningState) {
    /** Succeeded */
    KnownJavaComponentProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownJavaComponentProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownJavaComponentProvisioningState["Canceled"] = "Canceled";
    /** Deleting */
    KnownJavaComponentProvisioningState["Deleting"] = "Deleting";
    /** InProgress */
    KnownJavaComponentProvisioningState["InProgress"] = "InProgress";
})(KnownJavaComponentProvisioningState || (KnownJavaComponentProvisioningState = {}));
function javaComponentConfigurationPropertyArraySerializer(result) {
    return result.map((item) => {
        return javaComponentConfigurationPropertySerializer(item);
    });
}
function javaComponentConfigurationPropertyArrayDeserializer(result) {
    return result.map((item) => {
        return javaComponentConfigurationPropertyDeserializer(item);
    });
}
function javaComponentConfigurationPropertySerializer(item) {
    return { propertyName: item["propertyName"], value: item["value"] };
}
function javaComponentConfigurationPropertyDeserializer(item) {
    return {
        propertyName: item["propertyName"],
        value: item["value"],
    };
}
function javaComponentPropertiesScaleSerializer(item) {
    return { minReplicas: item["minReplicas"], maxReplicas: item["maxReplicas"] };
}
function javaComponentPropertiesScaleDeserializer(item) {
    return {
        minReplicas: item["minReplicas"],
        maxReplicas: item["maxReplicas"],
    };
}
function javaComponentServiceBindArraySerializer(result) {
    return result.map((item) => {
        return javaComponentServiceBindSerializer(item);
    });
}
function javaComponentServiceBindArrayDeserializer(result) {
    return result.map((item) => {
        return javaComponentServiceBindDeserializer(item);
    });
}
function javaComponentServiceBindSerializer(item) {
    return { name: item["name"], serviceId: item["serviceId"] };
}
function javaComponentServiceBindDeserializer(item) {
    return {
        name: item["name"],
        serviceId: item["serviceId"],
    };
}
function springBootAdminComponentSerializer(item) {
    return {
        componentType: item["componentType"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArraySerializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleSerializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArraySerializer(item["serviceBinds"]),
        ingress: !item["ingress"] ? item["ingress"] : javaComponentIngressSerializer(item["ingress"]),
    };
}
function springBootAdminComponentDeserializer(item) {
    return {
        componentType: item["componentType"],
        provisioningState: item["provisioningState"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArrayDeserializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleDeserializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArrayDeserializer(item["serviceBinds"]),
        ingress: !item["ingress"] ? item["ingress"] : javaComponentIngressDeserializer(item["ingress"]),
    };
}
function javaComponentIngressSerializer(_item) {
    return {};
}
function javaComponentIngressDeserializer(item) {
    return {
        fqdn: item["fqdn"],
    };
}
function springCloudEurekaComponentSerializer(item) {
    return {
        componentType: item["componentType"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArraySerializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleSerializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArraySerializer(item["serviceBinds"]),
        ingress: !item["ingress"] ? item["ingress"] : javaComponentIngressSerializer(item["ingress"]),
    };
}
function springCloudEurekaComponentDeserializer(item) {
    return {
        componentType: item["componentType"],
        provisioningState: item["provisioningState"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArrayDeserializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleDeserializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArrayDeserializer(item["serviceBinds"]),
        ingress: !item["ingress"] ? item["ingress"] : javaComponentIngressDeserializer(item["ingress"]),
    };
}
function springCloudConfigComponentSerializer(item) {
    return {
        componentType: item["componentType"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArraySerializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleSerializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArraySerializer(item["serviceBinds"]),
    };
}
function springCloudConfigComponentDeserializer(item) {
    return {
        componentType: item["componentType"],
        provisioningState: item["provisioningState"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : javaComponentConfigurationPropertyArrayDeserializer(item["configurations"]),
        scale: !item["scale"] ? item["scale"] : javaComponentPropertiesScaleDeserializer(item["scale"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : javaComponentServiceBindArrayDeserializer(item["serviceBinds"]),
    };
}
function _javaComponentsCollectionDeserializer(item) {
    return {
        value: javaComponentArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function javaComponentArraySerializer(result) {
    return result.map((item) => {
        return javaComponentSerializer(item);
    });
}
function javaComponentArrayDeserializer(result) {
    return result.map((item) => {
        return javaComponentDeserializer(item);
    });
}
function logicAppSerializer(_item) {
    return {};
}
function logicAppDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function workflowEnvelopeDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : workflowEnvelopePropertiesDeserializer(item["properties"]),
        kind: item["kind"],
    };
}
function workflowEnvelopePropertiesDeserializer(item) {
    return {
        files: item["files"],
        flowState: item["flowState"],
        health: !item["health"] ? item["health"] : workflowHealthDeserializer(item["health"]),
    };
}
/** The workflow state. */
var KnownWorkflowState;
(function (KnownWorkflowState) {
    /** NotSpecified */
    KnownWorkflowState["NotSpecified"] = "NotSpecified";
    /** Completed */
    KnownWorkflowState["Completed"] = "Completed";
    /** Enabled */
    KnownWorkflowState["Enabled"] = "Enabled";
    /** Disabled */
    KnownWorkflowState["Disabled"] = "Disabled";
    /** Deleted */
    KnownWorkflowState["Deleted"] = "Deleted";
    /** Suspended */
    KnownWorkflowState["Suspended"] = "Suspended";
})(KnownWorkflowState || (KnownWorkflowState = {}));
function workflowHealthDeserializer(item) {
    return {
        state: item["state"],
        error: !item["error"] ? item["error"] : errorEntityDeserializer(item["error"]),
    };
}
function errorEntityDeserializer(item) {
    return {
        extendedCode: item["extendedCode"],
        messageTemplate: item["messageTemplate"],
        parameters: !item["parameters"]
            ? item["parameters"]
            : item["parameters"].map((p) => {
                return p;
            }),
        innerErrors: !item["innerErrors"]
            ? item["innerErrors"]
            : errorEntityArrayDeserializer(item["innerErrors"]),
        details: !item["details"] ? item["details"] : errorEntityArrayDeserializer(item["details"]),
        target: item["target"],
        code: item["code"],
        message: item["message"],
    };
}
function errorEntityArrayDeserializer(result) {
    return result.map((item) => {
        return errorEntityDeserializer(item);
    });
}
/** Gets the logic app hybrid workflow kind. */
var KnownWorkflowKind;
(function (KnownWorkflowKind) {
    /** Stateful */
    KnownWorkflowKind["Stateful"] = "Stateful";
    /** Stateless */
    KnownWorkflowKind["Stateless"] = "Stateless";
    /** Agentic */
    KnownWorkflowKind["Agentic"] = "Agentic";
})(KnownWorkflowKind || (KnownWorkflowKind = {}));
function _workflowEnvelopeCollectionDeserializer(item) {
    return {
        value: workflowEnvelopeArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function workflowEnvelopeArrayDeserializer(result) {
    return result.map((item) => {
        return workflowEnvelopeDeserializer(item);
    });
}
function authConfigSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "platform",
            "globalValidation",
            "identityProviders",
            "login",
            "httpSettings",
            "encryptionSettings",
        ])
            ? undefined
            : _authConfigPropertiesSerializer(item),
    };
}
function authConfigDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _authConfigPropertiesDeserializer(item["properties"])),
    };
}
function authConfigPropertiesSerializer(item) {
    return {
        platform: !item["platform"] ? item["platform"] : authPlatformSerializer(item["platform"]),
        globalValidation: !item["globalValidation"]
            ? item["globalValidation"]
            : globalValidationSerializer(item["globalValidation"]),
        identityProviders: !item["identityProviders"]
            ? item["identityProviders"]
            : identityProvidersSerializer(item["identityProviders"]),
        login: !item["login"] ? item["login"] : loginSerializer(item["login"]),
        httpSettings: !item["httpSettings"]
            ? item["httpSettings"]
            : httpSettingsSerializer(item["httpSettings"]),
        encryptionSettings: !item["encryptionSettings"]
            ? item["encryptionSettings"]
            : encryptionSettingsSerializer(item["encryptionSettings"]),
    };
}
function authConfigPropertiesDeserializer(item) {
    return {
        platform: !item["platform"] ? item["platform"] : authPlatformDeserializer(item["platform"]),
        globalValidation: !item["globalValidation"]
            ? item["globalValidation"]
            : globalValidationDeserializer(item["globalValidation"]),
        identityProviders: !item["identityProviders"]
            ? item["identityProviders"]
            : identityProvidersDeserializer(item["identityProviders"]),
        login: !item["login"] ? item["login"] : loginDeserializer(item["login"]),
        httpSettings: !item["httpSettings"]
            ? item["httpSettings"]
            : httpSettingsDeserializer(item["httpSettings"]),
        encryptionSettings: !item["encryptionSettings"]
            ? item["encryptionSettings"]
            : encryptionSettingsDeserializer(item["encryptionSettings"]),
    };
}
function authPlatformSerializer(item) {
    return { enabled: item["enabled"], runtimeVersion: item["runtimeVersion"] };
}
function authPlatformDeserializer(item) {
    return {
        enabled: item["enabled"],
        runtimeVersion: item["runtimeVersion"],
    };
}
function globalValidationSerializer(item) {
    return {
        unauthenticatedClientAction: item["unauthenticatedClientAction"],
        redirectToProvider: item["redirectToProvider"],
        excludedPaths: !item["excludedPaths"]
            ? item["excludedPaths"]
            : item["excludedPaths"].map((p) => {
                return p;
            }),
    };
}
function globalValidationDeserializer(item) {
    return {
        unauthenticatedClientAction: item["unauthenticatedClientAction"],
        redirectToProvider: item["redirectToProvider"],
        excludedPaths: !item["excludedPaths"]
            ? item["excludedPaths"]
            : item["excludedPaths"].map((p) => {
                return p;
            }),
    };
}
function identityProvidersSerializer(item) {
    return {
        azureActiveDirectory: !item["azureActiveDirectory"]
            ? item["azureActiveDirectory"]
            : azureActiveDirectorySerializer(item["azureActiveDirectory"]),
        facebook: !item["facebook"] ? item["facebook"] : facebookSerializer(item["facebook"]),
        gitHub: !item["gitHub"] ? item["gitHub"] : gitHubSerializer(item["gitHub"]),
        google: !item["google"] ? item["google"] : googleSerializer(item["google"]),
        twitter: !item["twitter"] ? item["twitter"] : twitterSerializer(item["twitter"]),
        apple: !item["apple"] ? item["apple"] : appleSerializer(item["apple"]),
        azureStaticWebApps: !item["azureStaticWebApps"]
            ? item["azureStaticWebApps"]
            : azureStaticWebAppsSerializer(item["azureStaticWebApps"]),
        customOpenIdConnectProviders: !item["customOpenIdConnectProviders"]
            ? item["customOpenIdConnectProviders"]
            : customOpenIdConnectProviderRecordSerializer(item["customOpenIdConnectProviders"]),
    };
}
function identityProvidersDeserializer(item) {
    return {
        azureActiveDirectory: !item["azureActiveDirectory"]
            ? item["azureActiveDirectory"]
            : azureActiveDirectoryDeserializer(item["azureActiveDirectory"]),
        facebook: !item["facebook"] ? item["facebook"] : facebookDeserializer(item["facebook"]),
        gitHub: !item["gitHub"] ? item["gitHub"] : gitHubDeserializer(item["gitHub"]),
        google: !item["google"] ? item["google"] : googleDeserializer(item["google"]),
        twitter: !item["twitter"] ? item["twitter"] : twitterDeserializer(item["twitter"]),
        apple: !item["apple"] ? item["apple"] : appleDeserializer(item["apple"]),
        azureStaticWebApps: !item["azureStaticWebApps"]
            ? item["azureStaticWebApps"]
            : azureStaticWebAppsDeserializer(item["azureStaticWebApps"]),
        customOpenIdConnectProviders: !item["customOpenIdConnectProviders"]
            ? item["customOpenIdConnectProviders"]
            : customOpenIdConnectProviderRecordDeserializer(item["customOpenIdConnectProviders"]),
    };
}
function azureActiveDirectorySerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : azureActiveDirectoryRegistrationSerializer(item["registration"]),
        login: !item["login"] ? item["login"] : azureActiveDirectoryLoginSerializer(item["login"]),
        validation: !item["validation"]
            ? item["validation"]
            : azureActiveDirectoryValidationSerializer(item["validation"]),
        isAutoProvisioned: item["isAutoProvisioned"],
    };
}
function azureActiveDirectoryDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : azureActiveDirectoryRegistrationDeserializer(item["registration"]),
        login: !item["login"] ? item["login"] : azureActiveDirectoryLoginDeserializer(item["login"]),
        validation: !item["validation"]
            ? item["validation"]
            : azureActiveDirectoryValidationDeserializer(item["validation"]),
        isAutoProvisioned: item["isAutoProvisioned"],
    };
}
function azureActiveDirectoryRegistrationSerializer(item) {
    return {
        openIdIssuer: item["openIdIssuer"],
        clientId: item["clientId"],
        clientSecretSettingName: item["clientSecretSettingName"],
        clientSecretCertificateThumbprint: item["clientSecretCertificateThumbprint"],
        clientSecretCertificateSubjectAlternativeName: item["clientSecretCertificateSubjectAlternativeName"],
        clientSecretCertificateIssuer: item["clientSecretCertificateIssuer"],
    };
}
function azureActiveDirectoryRegistrationDeserializer(item) {
    return {
        openIdIssuer: item["openIdIssuer"],
        clientId: item["clientId"],
        clientSecretSettingName: item["clientSecretSettingName"],
        clientSecretCertificateThumbprint: item["clientSecretCertificateThumbprint"],
        clientSecretCertificateSubjectAlternativeName: item["clientSecretCertificateSubjectAlternativeName"],
        clientSecretCertificateIssuer: item["clientSecretCertificateIssuer"],
    };
}
function azureActiveDirectoryLoginSerializer(item) {
    return {
        loginParameters: !item["loginParameters"]
            ? item["loginParameters"]
            : item["loginParameters"].map((p) => {
                return p;
            }),
        disableWWWAuthenticate: item["disableWWWAuthenticate"],
    };
}
function azureActiveDirectoryLoginDeserializer(item) {
    return {
        loginParameters: !item["loginParameters"]
            ? item["loginParameters"]
            : item["loginParameters"].map((p) => {
                return p;
            }),
        disableWWWAuthenticate: item["disableWWWAuthenticate"],
    };
}
function azureActiveDirectoryValidationSerializer(item) {
    return {
        jwtClaimChecks: !item["jwtClaimChecks"]
            ? item["jwtClaimChecks"]
            : jwtClaimChecksSerializer(item["jwtClaimChecks"]),
        allowedAudiences: !item["allowedAudiences"]
            ? item["allowedAudiences"]
            : item["allowedAudiences"].map((p) => {
                return p;
            }),
        defaultAuthorizationPolicy: !item["defaultAuthorizationPolicy"]
            ? item["defaultAuthorizationPolicy"]
            : defaultAuthorizationPolicySerializer(item["defaultAuthorizationPolicy"]),
    };
}
function azureActiveDirectoryValidationDeserializer(item) {
    return {
        jwtClaimChecks: !item["jwtClaimChecks"]
            ? item["jwtClaimChecks"]
            : jwtClaimChecksDeserializer(item["jwtClaimChecks"]),
        allowedAudiences: !item["allowedAudiences"]
            ? item["allowedAudiences"]
            : item["allowedAudiences"].map((p) => {
                return p;
            }),
        defaultAuthorizationPolicy: !item["defaultAuthorizationPolicy"]
            ? item["defaultAuthorizationPolicy"]
            : defaultAuthorizationPolicyDeserializer(item["defaultAuthorizationPolicy"]),
    };
}
function jwtClaimChecksSerializer(item) {
    return {
        allowedGroups: !item["allowedGroups"]
            ? item["allowedGroups"]
            : item["allowedGroups"].map((p) => {
                return p;
            }),
        allowedClientApplications: !item["allowedClientApplications"]
            ? item["allowedClientApplications"]
            : item["allowedClientApplications"].map((p) => {
                return p;
            }),
    };
}
function jwtClaimChecksDeserializer(item) {
    return {
        allowedGroups: !item["allowedGroups"]
            ? item["allowedGroups"]
            : item["allowedGroups"].map((p) => {
                return p;
            }),
        allowedClientApplications: !item["allowedClientApplications"]
            ? item["allowedClientApplications"]
            : item["allowedClientApplications"].map((p) => {
                return p;
            }),
    };
}
function defaultAuthorizationPolicySerializer(item) {
    return {
        allowedPrincipals: !item["allowedPrincipals"]
            ? item["allowedPrincipals"]
            : allowedPrincipalsSerializer(item["allowedPrincipals"]),
        allowedApplications: !item["allowedApplications"]
            ? item["allowedApplications"]
            : item["allowedApplications"].map((p) => {
                return p;
            }),
    };
}
function defaultAuthorizationPolicyDeserializer(item) {
    return {
        allowedPrincipals: !item["allowedPrincipals"]
            ? item["allowedPrincipals"]
            : allowedPrincipalsDeserializer(item["allowedPrincipals"]),
        allowedApplications: !item["allowedApplications"]
            ? item["allowedApplications"]
            : item["allowedApplications"].map((p) => {
                return p;
            }),
    };
}
function allowedPrincipalsSerializer(item) {
    return {
        groups: !item["groups"]
            ? item["groups"]
            : item["groups"].map((p) => {
                return p;
            }),
        identities: !item["identities"]
            ? item["identities"]
            : item["identities"].map((p) => {
                return p;
            }),
    };
}
function allowedPrincipalsDeserializer(item) {
    return {
        groups: !item["groups"]
            ? item["groups"]
            : item["groups"].map((p) => {
                return p;
            }),
        identities: !item["identities"]
            ? item["identities"]
            : item["identities"].map((p) => {
                return p;
            }),
    };
}
function facebookSerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : appRegistrationSerializer(item["registration"]),
        graphApiVersion: item["graphApiVersion"],
        login: !item["login"] ? item["login"] : loginScopesSerializer(item["login"]),
    };
}
function facebookDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : appRegistrationDeserializer(item["registration"]),
        graphApiVersion: item["graphApiVersion"],
        login: !item["login"] ? item["login"] : loginScopesDeserializer(item["login"]),
    };
}
function appRegistrationSerializer(item) {
    return { appId: item["appId"], appSecretSettingName: item["appSecretSettingName"] };
}
function appRegistrationDeserializer(item) {
    return {
        appId: item["appId"],
        appSecretSettingName: item["appSecretSettingName"],
    };
}
function loginScopesSerializer(item) {
    return {
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
    };
}
function loginScopesDeserializer(item) {
    return {
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
    };
}
function gitHubSerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : clientRegistrationSerializer(item["registration"]),
        login: !item["login"] ? item["login"] : loginScopesSerializer(item["login"]),
    };
}
function gitHubDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : clientRegistrationDeserializer(item["registration"]),
        login: !item["login"] ? item["login"] : loginScopesDeserializer(item["login"]),
    };
}
function clientRegistrationSerializer(item) {
    return { clientId: item["clientId"], clientSecretSettingName: item["clientSecretSettingName"] };
}
function clientRegistrationDeserializer(item) {
    return {
        clientId: item["clientId"],
        clientSecretSettingName: item["clientSecretSettingName"],
    };
}
function googleSerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : clientRegistrationSerializer(item["registration"]),
        login: !item["login"] ? item["login"] : loginScopesSerializer(item["login"]),
        validation: !item["validation"]
            ? item["validation"]
            : allowedAudiencesValidationSerializer(item["validation"]),
    };
}
function googleDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : clientRegistrationDeserializer(item["registration"]),
        login: !item["login"] ? item["login"] : loginScopesDeserializer(item["login"]),
        validation: !item["validation"]
            ? item["validation"]
            : allowedAudiencesValidationDeserializer(item["validation"]),
    };
}
function allowedAudiencesValidationSerializer(item) {
    return {
        allowedAudiences: !item["allowedAudiences"]
            ? item["allowedAudiences"]
            : item["allowedAudiences"].map((p) => {
                return p;
            }),
    };
}
function allowedAudiencesValidationDeserializer(item) {
    return {
        allowedAudiences: !item["allowedAudiences"]
            ? item["allowedAudiences"]
            : item["allowedAudiences"].map((p) => {
                return p;
            }),
    };
}
function twitterSerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : twitterRegistrationSerializer(item["registration"]),
    };
}
function twitterDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : twitterRegistrationDeserializer(item["registration"]),
    };
}
function twitterRegistrationSerializer(item) {
    return {
        consumerKey: item["consumerKey"],
        consumerSecretSettingName: item["consumerSecretSettingName"],
    };
}
function twitterRegistrationDeserializer(item) {
    return {
        consumerKey: item["consumerKey"],
        consumerSecretSettingName: item["consumerSecretSettingName"],
    };
}
function appleSerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : appleRegistrationSerializer(item["registration"]),
        login: !item["login"] ? item["login"] : loginScopesSerializer(item["login"]),
    };
}
function appleDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : appleRegistrationDeserializer(item["registration"]),
        login: !item["login"] ? item["login"] : loginScopesDeserializer(item["login"]),
    };
}
function appleRegistrationSerializer(item) {
    return { clientId: item["clientId"], clientSecretSettingName: item["clientSecretSettingName"] };
}
function appleRegistrationDeserializer(item) {
    return {
        clientId: item["clientId"],
        clientSecretSettingName: item["clientSecretSettingName"],
    };
}
function azureStaticWebAppsSerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : azureStaticWebAppsRegistrationSerializer(item["registration"]),
    };
}
function azureStaticWebAppsDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : azureStaticWebAppsRegistrationDeserializer(item["registration"]),
    };
}
function azureStaticWebAppsRegistrationSerializer(item) {
    return { clientId: item["clientId"] };
}
function azureStaticWebAppsRegistrationDeserializer(item) {
    return {
        clientId: item["clientId"],
    };
}
function customOpenIdConnectProviderRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : customOpenIdConnectProviderSerializer(item[key]);
    });
    return result;
}
function customOpenIdConnectProviderRecordDeserializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : customOpenIdConnectProviderDeserializer(item[key]);
    });
    return result;
}
function customOpenIdConnectProviderSerializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : openIdConnectRegistrationSerializer(item["registration"]),
        login: !item["login"] ? item["login"] : openIdConnectLoginSerializer(item["login"]),
    };
}
function customOpenIdConnectProviderDeserializer(item) {
    return {
        enabled: item["enabled"],
        registration: !item["registration"]
            ? item["registration"]
            : openIdConnectRegistrationDeserializer(item["registration"]),
        login: !item["login"] ? item["login"] : openIdConnectLoginDeserializer(item["login"]),
    };
}
function openIdConnectRegistrationSerializer(item) {
    return {
        clientId: item["clientId"],
        clientCredential: !item["clientCredential"]
            ? item["clientCredential"]
            : openIdConnectClientCredentialSerializer(item["clientCredential"]),
        openIdConnectConfiguration: !item["openIdConnectConfiguration"]
            ? item["openIdConnectConfiguration"]
            : openIdConnectConfigSerializer(item["openIdConnectConfiguration"]),
    };
}
function openIdConnectRegistrationDeserializer(item) {
    return {
        clientId: item["clientId"],
        clientCredential: !item["clientCredential"]
            ? item["clientCredential"]
            : openIdConnectClientCredentialDeserializer(item["clientCredential"]),
        openIdConnectConfiguration: !item["openIdConnectConfiguration"]
            ? item["openIdConnectConfiguration"]
            : openIdConnectConfigDeserializer(item["openIdConnectConfiguration"]),
    };
}
function openIdConnectClientCredentialSerializer(item) {
    return { method: item["method"], clientSecretSettingName: item["clientSecretSettingName"] };
}
function openIdConnectClientCredentialDeserializer(item) {
    return {
        method: item["method"],
        clientSecretSettingName: item["clientSecretSettingName"],
    };
}
function openIdConnectConfigSerializer(item) {
    return {
        authorizationEndpoint: item["authorizationEndpoint"],
        tokenEndpoint: item["tokenEndpoint"],
        issuer: item["issuer"],
        certificationUri: item["certificationUri"],
        wellKnownOpenIdConfiguration: item["wellKnownOpenIdConfiguration"],
    };
}
function openIdConnectConfigDeserializer(item) {
    return {
        authorizationEndpoint: item["authorizationEndpoint"],
        tokenEndpoint: item["tokenEndpoint"],
        issuer: item["issuer"],
        certificationUri: item["certificationUri"],
        wellKnownOpenIdConfiguration: item["wellKnownOpenIdConfiguration"],
    };
}
function openIdConnectLoginSerializer(item) {
    return {
        nameClaimType: item["nameClaimType"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
    };
}
function openIdConnectLoginDeserializer(item) {
    return {
        nameClaimType: item["nameClaimType"],
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
    };
}
function loginSerializer(item) {
    return {
        routes: !item["routes"] ? item["routes"] : loginRoutesSerializer(item["routes"]),
        tokenStore: !item["tokenStore"] ? item["tokenStore"] : tokenStoreSerializer(item["tokenStore"]),
        preserveUrlFragmentsForLogins: item["preserveUrlFragmentsForLogins"],
        allowedExternalRedirectUrls: !item["allowedExternalRedirectUrls"]
            ? item["allowedExternalRedirectUrls"]
            : item["allowedExternalRedirectUrls"].map((p) => {
                return p;
            }),
        cookieExpiration: !item["cookieExpiration"]
            ? item["cookieExpiration"]
            : cookieExpirationSerializer(item["cookieExpiration"]),
        nonce: !item["nonce"] ? item["nonce"] : nonceSerializer(item["nonce"]),
    };
}
function loginDeserializer(item) {
    return {
        routes: !item["routes"] ? item["routes"] : loginRoutesDeserializer(item["routes"]),
        tokenStore: !item["tokenStore"]
            ? item["tokenStore"]
            : tokenStoreDeserializer(item["tokenStore"]),
        preserveUrlFragmentsForLogins: item["preserveUrlFragmentsForLogins"],
        allowedExternalRedirectUrls: !item["allowedExternalRedirectUrls"]
            ? item["allowedExternalRedirectUrls"]
            : item["allowedExternalRedirectUrls"].map((p) => {
                return p;
            }),
        cookieExpiration: !item["cookieExpiration"]
            ? item["cookieExpiration"]
            : cookieExpirationDeserializer(item["cookieExpiration"]),
        nonce: !item["nonce"] ? item["nonce"] : nonceDeserializer(item["nonce"]),
    };
}
function loginRoutesSerializer(item) {
    return { logoutEndpoint: item["logoutEndpoint"] };
}
function loginRoutesDeserializer(item) {
    return {
        logoutEndpoint: item["logoutEndpoint"],
    };
}
function tokenStoreSerializer(item) {
    return {
        enabled: item["enabled"],
        tokenRefreshExtensionHours: item["tokenRefreshExtensionHours"],
        azureBlobStorage: !item["azureBlobStorage"]
            ? item["azureBlobStorage"]
            : blobStorageTokenStoreSerializer(item["azureBlobStorage"]),
    };
}
function tokenStoreDeserializer(item) {
    return {
        enabled: item["enabled"],
        tokenRefreshExtensionHours: item["tokenRefreshExtensionHours"],
        azureBlobStorage: !item["azureBlobStorage"]
            ? item["azureBlobStorage"]
            : blobStorageTokenStoreDeserializer(item["azureBlobStorage"]),
    };
}
function blobStorageTokenStoreSerializer(item) {
    return {
        sasUrlSettingName: item["sasUrlSettingName"],
        blobContainerUri: item["blobContainerUri"],
        clientId: item["clientId"],
        managedIdentityResourceId: item["managedIdentityResourceId"],
    };
}
function blobStorageTokenStoreDeserializer(item) {
    return {
        sasUrlSettingName: item["sasUrlSettingName"],
        blobContainerUri: item["blobContainerUri"],
        clientId: item["clientId"],
        managedIdentityResourceId: item["managedIdentityResourceId"],
    };
}
function cookieExpirationSerializer(item) {
    return { convention: item["convention"], timeToExpiration: item["timeToExpiration"] };
}
function cookieExpirationDeserializer(item) {
    return {
        convention: item["convention"],
        timeToExpiration: item["timeToExpiration"],
    };
}
function nonceSerializer(item) {
    return {
        validateNonce: item["validateNonce"],
        nonceExpirationInterval: item["nonceExpirationInterval"],
    };
}
function nonceDeserializer(item) {
    return {
        validateNonce: item["validateNonce"],
        nonceExpirationInterval: item["nonceExpirationInterval"],
    };
}
function httpSettingsSerializer(item) {
    return {
        requireHttps: item["requireHttps"],
        routes: !item["routes"] ? item["routes"] : httpSettingsRoutesSerializer(item["routes"]),
        forwardProxy: !item["forwardProxy"]
            ? item["forwardProxy"]
            : forwardProxySerializer(item["forwardProxy"]),
    };
}
function httpSettingsDeserializer(item) {
    return {
        requireHttps: item["requireHttps"],
        routes: !item["routes"] ? item["routes"] : httpSettingsRoutesDeserializer(item["routes"]),
        forwardProxy: !item["forwardProxy"]
            ? item["forwardProxy"]
            : forwardProxyDeserializer(item["forwardProxy"]),
    };
}
function httpSettingsRoutesSerializer(item) {
    return { apiPrefix: item["apiPrefix"] };
}
function httpSettingsRoutesDeserializer(item) {
    return {
        apiPrefix: item["apiPrefix"],
    };
}
function forwardProxySerializer(item) {
    return {
        convention: item["convention"],
        customHostHeaderName: item["customHostHeaderName"],
        customProtoHeaderName: item["customProtoHeaderName"],
    };
}
function forwardProxyDeserializer(item) {
    return {
        convention: item["convention"],
        customHostHeaderName: item["customHostHeaderName"],
        customProtoHeaderName: item["customProtoHeaderName"],
    };
}
function encryptionSettingsSerializer(item) {
    return {
        containerAppAuthEncryptionSecretName: item["containerAppAuthEncryptionSecretName"],
        containerAppAuthSigningSecretName: item["containerAppAuthSigningSecretName"],
    };
}
function encryptionSettingsDeserializer(item) {
    return {
        containerAppAuthEncryptionSecretName: item["containerAppAuthEncryptionSecretName"],
        containerAppAuthSigningSecretName: item["containerAppAuthSigningSecretName"],
    };
}
function _authConfigCollectionDeserializer(item) {
    return {
        value: authConfigArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function authConfigArraySerializer(result) {
    return result.map((item) => {
        return authConfigSerializer(item);
    });
}
function authConfigArrayDeserializer(result) {
    return result.map((item) => {
        return authConfigDeserializer(item);
    });
}
function connectedEnvironmentSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "staticIp",
            "daprAIConnectionString",
            "customDomainConfiguration",
        ])
            ? undefined
            : _connectedEnvironmentPropertiesSerializer(item),
        extendedLocation: !item["extendedLocation"]
            ? item["extendedLocation"]
            : extendedLocationSerializer(item["extendedLocation"]),
    };
}
function connectedEnvironmentDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _connectedEnvironmentPropertiesDeserializer(item["properties"])),
        extendedLocation: !item["extendedLocation"]
            ? item["extendedLocation"]
            : extendedLocationDeserializer(item["extendedLocation"]),
    };
}
function connectedEnvironmentPropertiesSerializer(item) {
    return {
        staticIp: item["staticIp"],
        daprAIConnectionString: item["daprAIConnectionString"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationSerializer(item["customDomainConfiguration"]),
    };
}
function connectedEnvironmentPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        deploymentErrors: item["deploymentErrors"],
        defaultDomain: item["defaultDomain"],
        staticIp: item["staticIp"],
        daprAIConnectionString: item["daprAIConnectionString"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationDeserializer(item["customDomainConfiguration"]),
    };
}
/** Provisioning state of the Kubernetes Environment. */
var KnownConnectedEnvironmentProvisioningState;
(function (KnownConnectedEnvironmentProvisioningState) {
    /** Succeeded */
    KnownConnectedEnvironmentProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownConnectedEnvironmentProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownConnectedEnvironmentProvisioningState["Canceled"] = "Canceled";
    /** Waiting */
    KnownConnectedEnvironmentProvisioningState["Waiting"] = "Waiting";
    /** InitializationInProgress */
    KnownConnectedEnvironmentProvisioningState["InitializationInProgress"] = "InitializationInProgress";
    /** InfrastructureSetupInProgress */
    KnownConnectedEnvironmentProvisioningState["InfrastructureSetupInProgress"] = "InfrastructureSetupInProgress";
    /** InfrastructureSetupComplete */
    KnownConnectedEnvironmentProvisioningState["InfrastructureSetupComplete"] = "InfrastructureSetupComplete";
    /** ScheduledForDelete */
    KnownConnectedEnvironmentProvisioningState["ScheduledForDelete"] = "ScheduledForDelete";
})(KnownConnectedEnvironmentProvisioningState || (KnownConnectedEnvironmentProvisioningState = {}));
function customDomainConfigurationSerializer(item) {
    return {
        dnsSuffix: item["dnsSuffix"],
        certificateKeyVaultProperties: !item["certificateKeyVaultProperties"]
            ? item["certificateKeyVaultProperties"]
            : certificateKeyVaultPropertiesSerializer(item["certificateKeyVaultProperties"]),
        certificateValue: !item["certificateValue"]
            ? item["certificateValue"]
            : (0,core_util_dist_esm/* uint8ArrayToString */.SW)(item["certificateValue"], "base64"),
        certificatePassword: item["certificatePassword"],
    };
}
function customDomainConfigurationDeserializer(item) {
    return {
        customDomainVerificationId: item["customDomainVerificationId"],
        dnsSuffix: item["dnsSuffix"],
        certificateKeyVaultProperties: !item["certificateKeyVaultProperties"]
            ? item["certificateKeyVaultProperties"]
            : certificateKeyVaultPropertiesDeserializer(item["certificateKeyVaultProperties"]),
        certificateValue: !item["certificateValue"]
            ? item["certificateValue"]
            : typeof item["certificateValue"] === "string"
                ? (0,core_util_dist_esm/* stringToUint8Array */.Al)(item["certificateValue"], "base64")
                : item["certificateValue"],
        certificatePassword: item["certificatePassword"],
        expirationDate: !item["expirationDate"]
            ? item["expirationDate"]
            : new Date(item["expirationDate"]),
        thumbprint: item["thumbprint"],
        subjectName: item["subjectName"],
    };
}
function certificateKeyVaultPropertiesSerializer(item) {
    return { identity: item["identity"], keyVaultUrl: item["keyVaultUrl"] };
}
function certificateKeyVaultPropertiesDeserializer(item) {
    return {
        identity: item["identity"],
        keyVaultUrl: item["keyVaultUrl"],
    };
}
function connectedEnvironmentPatchResourceSerializer(item) {
    return { tags: item["tags"] };
}
function resourceTagsSerializer(item) {
    return { tags: item["tags"] };
}
function _connectedEnvironmentCollectionDeserializer(item) {
    return {
        value: connectedEnvironmentArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function connectedEnvironmentArraySerializer(result) {
    return result.map((item) => {
        return connectedEnvironmentSerializer(item);
    });
}
function connectedEnvironmentArrayDeserializer(result) {
    return result.map((item) => {
        return connectedEnvironmentDeserializer(item);
    });
}
function checkNameAvailabilityRequestSerializer(item) {
    return { name: item["name"], type: item["type"] };
}
function checkNameAvailabilityResponseDeserializer(item) {
    return {
        nameAvailable: item["nameAvailable"],
        reason: item["reason"],
        message: item["message"],
    };
}
/** Possible reasons for a name not being available. */
var KnownCheckNameAvailabilityReason;
(function (KnownCheckNameAvailabilityReason) {
    /** Name is invalid. */
    KnownCheckNameAvailabilityReason["Invalid"] = "Invalid";
    /** Name already exists. */
    KnownCheckNameAvailabilityReason["AlreadyExists"] = "AlreadyExists";
})(KnownCheckNameAvailabilityReason || (KnownCheckNameAvailabilityReason = {}));
function certificateSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: !item["properties"]
            ? item["properties"]
            : certificatePropertiesSerializer(item["properties"]),
    };
}
function certificateDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : certificatePropertiesDeserializer(item["properties"]),
    };
}
function certificatePropertiesSerializer(item) {
    return {
        certificateKeyVaultProperties: !item["certificateKeyVaultProperties"]
            ? item["certificateKeyVaultProperties"]
            : certificateKeyVaultPropertiesSerializer(item["certificateKeyVaultProperties"]),
        password: item["password"],
        value: !item["value"] ? item["value"] : (0,core_util_dist_esm/* uint8ArrayToString */.SW)(item["value"], "base64"),
    };
}
function certificatePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        deploymentErrors: item["deploymentErrors"],
        certificateKeyVaultProperties: !item["certificateKeyVaultProperties"]
            ? item["certificateKeyVaultProperties"]
            : certificateKeyVaultPropertiesDeserializer(item["certificateKeyVaultProperties"]),
        password: item["password"],
        subjectName: item["subjectName"],
        subjectAlternativeNames: !item["subjectAlternativeNames"]
            ? item["subjectAlternativeNames"]
            : item["subjectAlternativeNames"].map((p) => {
                return p;
            }),
        value: !item["value"]
            ? item["value"]
            : typeof item["value"] === "string"
                ? (0,core_util_dist_esm/* stringToUint8Array */.Al)(item["value"], "base64")
                : item["value"],
        issuer: item["issuer"],
        issueDate: !item["issueDate"] ? item["issueDate"] : new Date(item["issueDate"]),
        expirationDate: !item["expirationDate"]
            ? item["expirationDate"]
            : new Date(item["expirationDate"]),
        thumbprint: item["thumbprint"],
        valid: item["valid"],
        publicKeyHash: item["publicKeyHash"],
    };
}
/** Provisioning state of the certificate. */
var KnownCertificateProvisioningState;
(function (KnownCertificateProvisioningState) {
    /** Succeeded */
    KnownCertificateProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownCertificateProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownCertificateProvisioningState["Canceled"] = "Canceled";
    /** DeleteFailed */
    KnownCertificateProvisioningState["DeleteFailed"] = "DeleteFailed";
    /** Pending */
    KnownCertificateProvisioningState["Pending"] = "Pending";
    /** Deleting */
    KnownCertificateProvisioningState["Deleting"] = "Deleting";
})(KnownCertificateProvisioningState || (KnownCertificateProvisioningState = {}));
function certificatePatchSerializer(item) {
    return { tags: item["tags"] };
}
function _certificateCollectionDeserializer(item) {
    return {
        value: certificateArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function certificateArraySerializer(result) {
    return result.map((item) => {
        return certificateSerializer(item);
    });
}
function certificateArrayDeserializer(result) {
    return result.map((item) => {
        return certificateDeserializer(item);
    });
}
function managedEnvironmentSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "daprAIInstrumentationKey",
            "daprAIConnectionString",
            "vnetConfiguration",
            "appLogsConfiguration",
            "appInsightsConfiguration",
            "openTelemetryConfiguration",
            "zoneRedundant",
            "customDomainConfiguration",
            "workloadProfiles",
            "kedaConfiguration",
            "daprConfiguration",
            "infrastructureResourceGroup",
            "peerAuthentication",
            "peerTrafficConfiguration",
            "ingressConfiguration",
            "environmentMode",
            "publicNetworkAccess",
        ])
            ? undefined
            : _managedEnvironmentPropertiesSerializer(item),
        kind: item["kind"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
    };
}
function managedEnvironmentDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _managedEnvironmentPropertiesDeserializer(item["properties"])),
        kind: item["kind"],
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function managedEnvironmentPropertiesSerializer(item) {
    return {
        daprAIInstrumentationKey: item["daprAIInstrumentationKey"],
        daprAIConnectionString: item["daprAIConnectionString"],
        vnetConfiguration: !item["vnetConfiguration"]
            ? item["vnetConfiguration"]
            : vnetConfigurationSerializer(item["vnetConfiguration"]),
        appLogsConfiguration: !item["appLogsConfiguration"]
            ? item["appLogsConfiguration"]
            : appLogsConfigurationSerializer(item["appLogsConfiguration"]),
        appInsightsConfiguration: !item["appInsightsConfiguration"]
            ? item["appInsightsConfiguration"]
            : appInsightsConfigurationSerializer(item["appInsightsConfiguration"]),
        openTelemetryConfiguration: !item["openTelemetryConfiguration"]
            ? item["openTelemetryConfiguration"]
            : openTelemetryConfigurationSerializer(item["openTelemetryConfiguration"]),
        zoneRedundant: item["zoneRedundant"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationSerializer(item["customDomainConfiguration"]),
        workloadProfiles: !item["workloadProfiles"]
            ? item["workloadProfiles"]
            : workloadProfileArraySerializer(item["workloadProfiles"]),
        kedaConfiguration: !item["kedaConfiguration"]
            ? item["kedaConfiguration"]
            : kedaConfigurationSerializer(item["kedaConfiguration"]),
        daprConfiguration: !item["daprConfiguration"]
            ? item["daprConfiguration"]
            : daprConfigurationSerializer(item["daprConfiguration"]),
        infrastructureResourceGroup: item["infrastructureResourceGroup"],
        peerAuthentication: !item["peerAuthentication"]
            ? item["peerAuthentication"]
            : managedEnvironmentPropertiesPeerAuthenticationSerializer(item["peerAuthentication"]),
        peerTrafficConfiguration: !item["peerTrafficConfiguration"]
            ? item["peerTrafficConfiguration"]
            : managedEnvironmentPropertiesPeerTrafficConfigurationSerializer(item["peerTrafficConfiguration"]),
        ingressConfiguration: !item["ingressConfiguration"]
            ? item["ingressConfiguration"]
            : ingressConfigurationSerializer(item["ingressConfiguration"]),
        environmentMode: item["environmentMode"],
        publicNetworkAccess: item["publicNetworkAccess"],
    };
}
function managedEnvironmentPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        daprAIInstrumentationKey: item["daprAIInstrumentationKey"],
        daprAIConnectionString: item["daprAIConnectionString"],
        vnetConfiguration: !item["vnetConfiguration"]
            ? item["vnetConfiguration"]
            : vnetConfigurationDeserializer(item["vnetConfiguration"]),
        deploymentErrors: item["deploymentErrors"],
        defaultDomain: item["defaultDomain"],
        staticIp: item["staticIp"],
        appLogsConfiguration: !item["appLogsConfiguration"]
            ? item["appLogsConfiguration"]
            : appLogsConfigurationDeserializer(item["appLogsConfiguration"]),
        appInsightsConfiguration: !item["appInsightsConfiguration"]
            ? item["appInsightsConfiguration"]
            : appInsightsConfigurationDeserializer(item["appInsightsConfiguration"]),
        openTelemetryConfiguration: !item["openTelemetryConfiguration"]
            ? item["openTelemetryConfiguration"]
            : openTelemetryConfigurationDeserializer(item["openTelemetryConfiguration"]),
        zoneRedundant: item["zoneRedundant"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationDeserializer(item["customDomainConfiguration"]),
        eventStreamEndpoint: item["eventStreamEndpoint"],
        workloadProfiles: !item["workloadProfiles"]
            ? item["workloadProfiles"]
            : workloadProfileArrayDeserializer(item["workloadProfiles"]),
        kedaConfiguration: !item["kedaConfiguration"]
            ? item["kedaConfiguration"]
            : kedaConfigurationDeserializer(item["kedaConfiguration"]),
        daprConfiguration: !item["daprConfiguration"]
            ? item["daprConfiguration"]
            : daprConfigurationDeserializer(item["daprConfiguration"]),
        infrastructureResourceGroup: item["infrastructureResourceGroup"],
        peerAuthentication: !item["peerAuthentication"]
            ? item["peerAuthentication"]
            : managedEnvironmentPropertiesPeerAuthenticationDeserializer(item["peerAuthentication"]),
        peerTrafficConfiguration: !item["peerTrafficConfiguration"]
            ? item["peerTrafficConfiguration"]
            : managedEnvironmentPropertiesPeerTrafficConfigurationDeserializer(item["peerTrafficConfiguration"]),
        ingressConfiguration: !item["ingressConfiguration"]
            ? item["ingressConfiguration"]
            : ingressConfigurationDeserializer(item["ingressConfiguration"]),
        environmentMode: item["environmentMode"],
        privateEndpointConnections: !item["privateEndpointConnections"]
            ? item["privateEndpointConnections"]
            : privateEndpointConnectionArrayDeserializer(item["privateEndpointConnections"]),
        publicNetworkAccess: item["publicNetworkAccess"],
    };
}
/** Provisioning state of the Environment. */
var KnownEnvironmentProvisioningState;
(function (KnownEnvironmentProvisioningState) {
    /** Succeeded */
    KnownEnvironmentProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownEnvironmentProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownEnvironmentProvisioningState["Canceled"] = "Canceled";
    /** Waiting */
    KnownEnvironmentProvisioningState["Waiting"] = "Waiting";
    /** InitializationInProgress */
    KnownEnvironmentProvisioningState["InitializationInProgress"] = "InitializationInProgress";
    /** InfrastructureSetupInProgress */
    KnownEnvironmentProvisioningState["InfrastructureSetupInProgress"] = "InfrastructureSetupInProgress";
    /** InfrastructureSetupComplete */
    KnownEnvironmentProvisioningState["InfrastructureSetupComplete"] = "InfrastructureSetupComplete";
    /** ScheduledForDelete */
    KnownEnvironmentProvisioningState["ScheduledForDelete"] = "ScheduledForDelete";
    /** UpgradeRequested */
    KnownEnvironmentProvisioningState["UpgradeRequested"] = "UpgradeRequested";
    /** UpgradeFailed */
    KnownEnvironmentProvisioningState["UpgradeFailed"] = "UpgradeFailed";
})(KnownEnvironmentProvisioningState || (KnownEnvironmentProvisioningState = {}));
function vnetConfigurationSerializer(item) {
    return {
        internal: item["internal"],
        infrastructureSubnetId: item["infrastructureSubnetId"],
        dockerBridgeCidr: item["dockerBridgeCidr"],
        platformReservedCidr: item["platformReservedCidr"],
        platformReservedDnsIP: item["platformReservedDnsIP"],
    };
}
function vnetConfigurationDeserializer(item) {
    return {
        internal: item["internal"],
        infrastructureSubnetId: item["infrastructureSubnetId"],
        dockerBridgeCidr: item["dockerBridgeCidr"],
        platformReservedCidr: item["platformReservedCidr"],
        platformReservedDnsIP: item["platformReservedDnsIP"],
    };
}
function appLogsConfigurationSerializer(item) {
    return {
        destination: item["destination"],
        logAnalyticsConfiguration: !item["logAnalyticsConfiguration"]
            ? item["logAnalyticsConfiguration"]
            : logAnalyticsConfigurationSerializer(item["logAnalyticsConfiguration"]),
    };
}
function appLogsConfigurationDeserializer(item) {
    return {
        destination: item["destination"],
        logAnalyticsConfiguration: !item["logAnalyticsConfiguration"]
            ? item["logAnalyticsConfiguration"]
            : logAnalyticsConfigurationDeserializer(item["logAnalyticsConfiguration"]),
    };
}
function logAnalyticsConfigurationSerializer(item) {
    return { customerId: item["customerId"], sharedKey: item["sharedKey"] };
}
function logAnalyticsConfigurationDeserializer(item) {
    return {
        customerId: item["customerId"],
        sharedKey: item["sharedKey"],
    };
}
function appInsightsConfigurationSerializer(item) {
    return { connectionString: item["connectionString"] };
}
function appInsightsConfigurationDeserializer(item) {
    return {
        connectionString: item["connectionString"],
    };
}
function openTelemetryConfigurationSerializer(item) {
    return {
        destinationsConfiguration: !item["destinationsConfiguration"]
            ? item["destinationsConfiguration"]
            : destinationsConfigurationSerializer(item["destinationsConfiguration"]),
        tracesConfiguration: !item["tracesConfiguration"]
            ? item["tracesConfiguration"]
            : tracesConfigurationSerializer(item["tracesConfiguration"]),
        logsConfiguration: !item["logsConfiguration"]
            ? item["logsConfiguration"]
            : logsConfigurationSerializer(item["logsConfiguration"]),
        metricsConfiguration: !item["metricsConfiguration"]
            ? item["metricsConfiguration"]
            : metricsConfigurationSerializer(item["metricsConfiguration"]),
    };
}
function openTelemetryConfigurationDeserializer(item) {
    return {
        destinationsConfiguration: !item["destinationsConfiguration"]
            ? item["destinationsConfiguration"]
            : destinationsConfigurationDeserializer(item["destinationsConfiguration"]),
        tracesConfiguration: !item["tracesConfiguration"]
            ? item["tracesConfiguration"]
            : tracesConfigurationDeserializer(item["tracesConfiguration"]),
        logsConfiguration: !item["logsConfiguration"]
            ? item["logsConfiguration"]
            : logsConfigurationDeserializer(item["logsConfiguration"]),
        metricsConfiguration: !item["metricsConfiguration"]
            ? item["metricsConfiguration"]
            : metricsConfigurationDeserializer(item["metricsConfiguration"]),
    };
}
function destinationsConfigurationSerializer(item) {
    return {
        dataDogConfiguration: !item["dataDogConfiguration"]
            ? item["dataDogConfiguration"]
            : dataDogConfigurationSerializer(item["dataDogConfiguration"]),
        otlpConfigurations: !item["otlpConfigurations"]
            ? item["otlpConfigurations"]
            : otlpConfigurationArraySerializer(item["otlpConfigurations"]),
    };
}
function destinationsConfigurationDeserializer(item) {
    return {
        dataDogConfiguration: !item["dataDogConfiguration"]
            ? item["dataDogConfiguration"]
            : dataDogConfigurationDeserializer(item["dataDogConfiguration"]),
        otlpConfigurations: !item["otlpConfigurations"]
            ? item["otlpConfigurations"]
            : otlpConfigurationArrayDeserializer(item["otlpConfigurations"]),
    };
}
function dataDogConfigurationSerializer(item) {
    return { site: item["site"], key: item["key"] };
}
function dataDogConfigurationDeserializer(item) {
    return {
        site: item["site"],
        key: item["key"],
    };
}
function otlpConfigurationArraySerializer(result) {
    return result.map((item) => {
        return otlpConfigurationSerializer(item);
    });
}
function otlpConfigurationArrayDeserializer(result) {
    return result.map((item) => {
        return otlpConfigurationDeserializer(item);
    });
}
function otlpConfigurationSerializer(item) {
    return {
        name: item["name"],
        endpoint: item["endpoint"],
        insecure: item["insecure"],
        headers: !item["headers"] ? item["headers"] : headerArraySerializer(item["headers"]),
    };
}
function otlpConfigurationDeserializer(item) {
    return {
        name: item["name"],
        endpoint: item["endpoint"],
        insecure: item["insecure"],
        headers: !item["headers"] ? item["headers"] : headerArrayDeserializer(item["headers"]),
    };
}
function headerArraySerializer(result) {
    return result.map((item) => {
        return headerSerializer(item);
    });
}
function headerArrayDeserializer(result) {
    return result.map((item) => {
        return headerDeserializer(item);
    });
}
function headerSerializer(item) {
    return { key: item["key"], value: item["value"] };
}
function headerDeserializer(item) {
    return {
        key: item["key"],
        value: item["value"],
    };
}
function tracesConfigurationSerializer(item) {
    return {
        includeDapr: item["includeDapr"],
        destinations: !item["destinations"]
            ? item["destinations"]
            : item["destinations"].map((p) => {
                return p;
            }),
    };
}
function tracesConfigurationDeserializer(item) {
    return {
        includeDapr: item["includeDapr"],
        destinations: !item["destinations"]
            ? item["destinations"]
            : item["destinations"].map((p) => {
                return p;
            }),
    };
}
function logsConfigurationSerializer(item) {
    return {
        destinations: !item["destinations"]
            ? item["destinations"]
            : item["destinations"].map((p) => {
                return p;
            }),
    };
}
function logsConfigurationDeserializer(item) {
    return {
        destinations: !item["destinations"]
            ? item["destinations"]
            : item["destinations"].map((p) => {
                return p;
            }),
    };
}
function metricsConfigurationSerializer(item) {
    return {
        includeKeda: item["includeKeda"],
        destinations: !item["destinations"]
            ? item["destinations"]
            : item["destinations"].map((p) => {
                return p;
            }),
    };
}
function metricsConfigurationDeserializer(item) {
    return {
        includeKeda: item["includeKeda"],
        destinations: !item["destinations"]
            ? item["destinations"]
            : item["destinations"].map((p) => {
                return p;
            }),
    };
}
function workloadProfileArraySerializer(result) {
    return result.map((item) => {
        return workloadProfileSerializer(item);
    });
}
function workloadProfileArrayDeserializer(result) {
    return result.map((item) => {
        return workloadProfileDeserializer(item);
    });
}
function workloadProfileSerializer(item) {
    return {
        name: item["name"],
        workloadProfileType: item["workloadProfileType"],
        minimumCount: item["minimumCount"],
        maximumCount: item["maximumCount"],
    };
}
function workloadProfileDeserializer(item) {
    return {
        name: item["name"],
        workloadProfileType: item["workloadProfileType"],
        minimumCount: item["minimumCount"],
        maximumCount: item["maximumCount"],
    };
}
function kedaConfigurationSerializer(_item) {
    return {};
}
function kedaConfigurationDeserializer(item) {
    return {
        version: item["version"],
    };
}
function daprConfigurationSerializer(_item) {
    return {};
}
function daprConfigurationDeserializer(item) {
    return {
        version: item["version"],
    };
}
function managedEnvironmentPropertiesPeerAuthenticationSerializer(item) {
    return { mtls: !item["mtls"] ? item["mtls"] : mtlsSerializer(item["mtls"]) };
}
function managedEnvironmentPropertiesPeerAuthenticationDeserializer(item) {
    return {
        mtls: !item["mtls"] ? item["mtls"] : mtlsDeserializer(item["mtls"]),
    };
}
function mtlsSerializer(item) {
    return { enabled: item["enabled"] };
}
function mtlsDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function managedEnvironmentPropertiesPeerTrafficConfigurationSerializer(item) {
    return {
        encryption: !item["encryption"]
            ? item["encryption"]
            : managedEnvironmentPropertiesPeerTrafficConfigurationEncryptionSerializer(item["encryption"]),
    };
}
function managedEnvironmentPropertiesPeerTrafficConfigurationDeserializer(item) {
    return {
        encryption: !item["encryption"]
            ? item["encryption"]
            : managedEnvironmentPropertiesPeerTrafficConfigurationEncryptionDeserializer(item["encryption"]),
    };
}
function managedEnvironmentPropertiesPeerTrafficConfigurationEncryptionSerializer(item) {
    return { enabled: item["enabled"] };
}
function managedEnvironmentPropertiesPeerTrafficConfigurationEncryptionDeserializer(item) {
    return {
        enabled: item["enabled"],
    };
}
function ingressConfigurationSerializer(item) {
    return {
        workloadProfileName: item["workloadProfileName"],
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        headerCountLimit: item["headerCountLimit"],
        requestIdleTimeout: item["requestIdleTimeout"],
    };
}
function ingressConfigurationDeserializer(item) {
    return {
        workloadProfileName: item["workloadProfileName"],
        terminationGracePeriodSeconds: item["terminationGracePeriodSeconds"],
        headerCountLimit: item["headerCountLimit"],
        requestIdleTimeout: item["requestIdleTimeout"],
    };
}
/** Mode of the managed environment. */
var KnownManagedEnvironmentMode;
(function (KnownManagedEnvironmentMode) {
    /** The environment supports consumption-only workloads. */
    KnownManagedEnvironmentMode["ConsumptionOnly"] = "ConsumptionOnly";
    /** The environment supports workload profiles. */
    KnownManagedEnvironmentMode["WorkloadProfiles"] = "WorkloadProfiles";
    /** The environment uses the Express mode. */
    KnownManagedEnvironmentMode["Express"] = "Express";
    /** The environment is archived. */
    KnownManagedEnvironmentMode["Archived"] = "Archived";
})(KnownManagedEnvironmentMode || (KnownManagedEnvironmentMode = {}));
function privateEndpointConnectionArraySerializer(result) {
    return result.map((item) => {
        return privateEndpointConnectionSerializer(item);
    });
}
function privateEndpointConnectionArrayDeserializer(result) {
    return result.map((item) => {
        return privateEndpointConnectionDeserializer(item);
    });
}
function privateEndpointConnectionSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["privateEndpoint", "privateLinkServiceConnectionState"])
            ? undefined
            : _privateEndpointConnectionPropertiesSerializer(item),
    };
}
function privateEndpointConnectionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _privateEndpointConnectionPropertiesDeserializer(item["properties"])),
    };
}
function privateEndpointConnectionPropertiesSerializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointSerializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"]),
    };
}
function privateEndpointConnectionPropertiesDeserializer(item) {
    return {
        groupIds: !item["groupIds"]
            ? item["groupIds"]
            : item["groupIds"].map((p) => {
                return p;
            }),
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointDeserializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"]),
        provisioningState: item["provisioningState"],
    };
}
function privateEndpointSerializer(_item) {
    return {};
}
function privateEndpointDeserializer(item) {
    return {
        id: item["id"],
    };
}
function privateLinkServiceConnectionStateSerializer(item) {
    return {
        status: item["status"],
        description: item["description"],
        actionsRequired: item["actionsRequired"],
    };
}
function privateLinkServiceConnectionStateDeserializer(item) {
    return {
        status: item["status"],
        description: item["description"],
        actionsRequired: item["actionsRequired"],
    };
}
/** The private endpoint connection status. */
var KnownPrivateEndpointServiceConnectionStatus;
(function (KnownPrivateEndpointServiceConnectionStatus) {
    /** Pending */
    KnownPrivateEndpointServiceConnectionStatus["Pending"] = "Pending";
    /** Approved */
    KnownPrivateEndpointServiceConnectionStatus["Approved"] = "Approved";
    /** Rejected */
    KnownPrivateEndpointServiceConnectionStatus["Rejected"] = "Rejected";
    /** Disconnected */
    KnownPrivateEndpointServiceConnectionStatus["Disconnected"] = "Disconnected";
})(KnownPrivateEndpointServiceConnectionStatus || (KnownPrivateEndpointServiceConnectionStatus = {}));
/** The current provisioning state. */
var KnownPrivateEndpointConnectionProvisioningState;
(function (KnownPrivateEndpointConnectionProvisioningState) {
    /** Succeeded */
    KnownPrivateEndpointConnectionProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownPrivateEndpointConnectionProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownPrivateEndpointConnectionProvisioningState["Canceled"] = "Canceled";
    /** Waiting */
    KnownPrivateEndpointConnectionProvisioningState["Waiting"] = "Waiting";
    /** Updating */
    KnownPrivateEndpointConnectionProvisioningState["Updating"] = "Updating";
    /** Deleting */
    KnownPrivateEndpointConnectionProvisioningState["Deleting"] = "Deleting";
    /** Pending */
    KnownPrivateEndpointConnectionProvisioningState["Pending"] = "Pending";
})(KnownPrivateEndpointConnectionProvisioningState || (KnownPrivateEndpointConnectionProvisioningState = {}));
/** Property to allow or block all public traffic. Allowed Values: 'Enabled', 'Disabled'. */
var KnownPublicNetworkAccess;
(function (KnownPublicNetworkAccess) {
    /** Enabled */
    KnownPublicNetworkAccess["Enabled"] = "Enabled";
    /** Disabled */
    KnownPublicNetworkAccess["Disabled"] = "Disabled";
})(KnownPublicNetworkAccess || (KnownPublicNetworkAccess = {}));
function _managedEnvironmentsCollectionDeserializer(item) {
    return {
        value: managedEnvironmentArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function managedEnvironmentArraySerializer(result) {
    return result.map((item) => {
        return managedEnvironmentSerializer(item);
    });
}
function managedEnvironmentArrayDeserializer(result) {
    return result.map((item) => {
        return managedEnvironmentDeserializer(item);
    });
}
function environmentAuthTokenDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _environmentAuthTokenPropertiesDeserializer(item["properties"])),
    };
}
function environmentAuthTokenPropertiesDeserializer(item) {
    return {
        token: item["token"],
        expires: !item["expires"] ? item["expires"] : new Date(item["expires"]),
    };
}
function _workloadProfileStatesCollectionDeserializer(item) {
    return {
        value: workloadProfileStatesArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function workloadProfileStatesArrayDeserializer(result) {
    return result.map((item) => {
        return workloadProfileStatesDeserializer(item);
    });
}
function workloadProfileStatesDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : workloadProfileStatesPropertiesDeserializer(item["properties"]),
    };
}
function workloadProfileStatesPropertiesDeserializer(item) {
    return {
        minimumCount: item["minimumCount"],
        maximumCount: item["maximumCount"],
        currentCount: item["currentCount"],
    };
}
function checkMigrationEligibilityRequestSerializer(item) {
    return { targetMode: item["targetMode"] };
}
function checkMigrationEligibilityResponseDeserializer(item) {
    return {
        isEligible: item["isEligible"],
        environmentName: item["environmentName"],
        currentMode: item["currentMode"],
        targetMode: item["targetMode"],
        failureReasons: migrationEligibilityFailureReasonArrayDeserializer(item["failureReasons"]),
    };
}
function migrationEligibilityFailureReasonArrayDeserializer(result) {
    return result.map((item) => {
        return migrationEligibilityFailureReasonDeserializer(item);
    });
}
function migrationEligibilityFailureReasonDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
    };
}
function daprComponentSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, [
            "componentType",
            "version",
            "ignoreErrors",
            "initTimeout",
            "secrets",
            "secretStoreComponent",
            "metadata",
            "scopes",
        ])
            ? undefined
            : _daprComponentPropertiesSerializer(item),
    };
}
function daprComponentDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _daprComponentPropertiesDeserializer(item["properties"])),
    };
}
function daprComponentPropertiesSerializer(item) {
    return {
        componentType: item["componentType"],
        version: item["version"],
        ignoreErrors: item["ignoreErrors"],
        initTimeout: item["initTimeout"],
        secrets: !item["secrets"] ? item["secrets"] : secretArraySerializer(item["secrets"]),
        secretStoreComponent: item["secretStoreComponent"],
        metadata: !item["metadata"] ? item["metadata"] : daprMetadataArraySerializer(item["metadata"]),
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
    };
}
function daprComponentPropertiesDeserializer(item) {
    return {
        componentType: item["componentType"],
        version: item["version"],
        ignoreErrors: item["ignoreErrors"],
        initTimeout: item["initTimeout"],
        secrets: !item["secrets"] ? item["secrets"] : secretArrayDeserializer(item["secrets"]),
        secretStoreComponent: item["secretStoreComponent"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : daprMetadataArrayDeserializer(item["metadata"]),
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        provisioningState: item["provisioningState"],
        deploymentErrors: item["deploymentErrors"],
    };
}
function daprMetadataArraySerializer(result) {
    return result.map((item) => {
        return daprMetadataSerializer(item);
    });
}
function daprMetadataArrayDeserializer(result) {
    return result.map((item) => {
        return daprMetadataDeserializer(item);
    });
}
function daprMetadataSerializer(item) {
    return { name: item["name"], value: item["value"], secretRef: item["secretRef"] };
}
function daprMetadataDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
        secretRef: item["secretRef"],
    };
}
/** Provisioning state of the Connected Environment Dapr Component. */
var KnownDaprComponentProvisioningState;
(function (KnownDaprComponentProvisioningState) {
    /** Succeeded */
    KnownDaprComponentProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownDaprComponentProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownDaprComponentProvisioningState["Canceled"] = "Canceled";
    /** InProgress */
    KnownDaprComponentProvisioningState["InProgress"] = "InProgress";
    /** Deleting */
    KnownDaprComponentProvisioningState["Deleting"] = "Deleting";
})(KnownDaprComponentProvisioningState || (KnownDaprComponentProvisioningState = {}));
function _daprComponentsCollectionDeserializer(item) {
    return {
        value: daprComponentArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function daprComponentArraySerializer(result) {
    return result.map((item) => {
        return daprComponentSerializer(item);
    });
}
function daprComponentArrayDeserializer(result) {
    return result.map((item) => {
        return daprComponentDeserializer(item);
    });
}
function daprSecretsCollectionDeserializer(item) {
    return {
        value: daprSecretArrayDeserializer(item["value"]),
    };
}
function daprSecretArrayDeserializer(result) {
    return result.map((item) => {
        return daprSecretDeserializer(item);
    });
}
function daprSecretDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
    };
}
function connectedEnvironmentStorageSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : connectedEnvironmentStoragePropertiesSerializer(item["properties"]),
    };
}
function connectedEnvironmentStorageDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : connectedEnvironmentStoragePropertiesDeserializer(item["properties"]),
    };
}
function connectedEnvironmentStoragePropertiesSerializer(item) {
    return {
        azureFile: !item["azureFile"]
            ? item["azureFile"]
            : azureFilePropertiesSerializer(item["azureFile"]),
    };
}
function connectedEnvironmentStoragePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        deploymentErrors: item["deploymentErrors"],
        azureFile: !item["azureFile"]
            ? item["azureFile"]
            : azureFilePropertiesDeserializer(item["azureFile"]),
    };
}
/** Provisioning state of the storage. */
var KnownConnectedEnvironmentStorageProvisioningState;
(function (KnownConnectedEnvironmentStorageProvisioningState) {
    /** Succeeded */
    KnownConnectedEnvironmentStorageProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownConnectedEnvironmentStorageProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownConnectedEnvironmentStorageProvisioningState["Canceled"] = "Canceled";
    /** InProgress */
    KnownConnectedEnvironmentStorageProvisioningState["InProgress"] = "InProgress";
    /** Deleting */
    KnownConnectedEnvironmentStorageProvisioningState["Deleting"] = "Deleting";
})(KnownConnectedEnvironmentStorageProvisioningState || (KnownConnectedEnvironmentStorageProvisioningState = {}));
function azureFilePropertiesSerializer(item) {
    return {
        accountName: item["accountName"],
        accountKey: item["accountKey"],
        accountKeyVaultProperties: !item["accountKeyVaultProperties"]
            ? item["accountKeyVaultProperties"]
            : secretKeyVaultPropertiesSerializer(item["accountKeyVaultProperties"]),
        accessMode: item["accessMode"],
        shareName: item["shareName"],
    };
}
function azureFilePropertiesDeserializer(item) {
    return {
        accountName: item["accountName"],
        accountKey: item["accountKey"],
        accountKeyVaultProperties: !item["accountKeyVaultProperties"]
            ? item["accountKeyVaultProperties"]
            : secretKeyVaultPropertiesDeserializer(item["accountKeyVaultProperties"]),
        accessMode: item["accessMode"],
        shareName: item["shareName"],
    };
}
function secretKeyVaultPropertiesSerializer(item) {
    return { identity: item["identity"], keyVaultUrl: item["keyVaultUrl"] };
}
function secretKeyVaultPropertiesDeserializer(item) {
    return {
        identity: item["identity"],
        keyVaultUrl: item["keyVaultUrl"],
    };
}
/** Access mode for storage */
var KnownAccessMode;
(function (KnownAccessMode) {
    /** ReadOnly */
    KnownAccessMode["ReadOnly"] = "ReadOnly";
    /** ReadWrite */
    KnownAccessMode["ReadWrite"] = "ReadWrite";
})(KnownAccessMode || (KnownAccessMode = {}));
function connectedEnvironmentStoragesCollectionDeserializer(item) {
    return {
        value: connectedEnvironmentStorageArrayDeserializer(item["value"]),
    };
}
function connectedEnvironmentStorageArraySerializer(result) {
    return result.map((item) => {
        return connectedEnvironmentStorageSerializer(item);
    });
}
function connectedEnvironmentStorageArrayDeserializer(result) {
    return result.map((item) => {
        return connectedEnvironmentStorageDeserializer(item);
    });
}
function managedCertificateSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: !item["properties"]
            ? item["properties"]
            : managedCertificatePropertiesSerializer(item["properties"]),
    };
}
function managedCertificateDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : managedCertificatePropertiesDeserializer(item["properties"]),
    };
}
function managedCertificatePropertiesSerializer(item) {
    return {
        subjectName: item["subjectName"],
        domainControlValidation: item["domainControlValidation"],
    };
}
function managedCertificatePropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        subjectName: item["subjectName"],
        error: item["error"],
        domainControlValidation: item["domainControlValidation"],
        validationToken: item["validationToken"],
    };
}
/** Selected type of domain control validation for managed certificates. */
var KnownManagedCertificateDomainControlValidation;
(function (KnownManagedCertificateDomainControlValidation) {
    /** CNAME */
    KnownManagedCertificateDomainControlValidation["Cname"] = "CNAME";
    /** HTTP */
    KnownManagedCertificateDomainControlValidation["Http"] = "HTTP";
    /** TXT */
    KnownManagedCertificateDomainControlValidation["TXT"] = "TXT";
})(KnownManagedCertificateDomainControlValidation || (KnownManagedCertificateDomainControlValidation = {}));
function managedCertificatePatchSerializer(item) {
    return { tags: item["tags"] };
}
function _managedCertificateCollectionDeserializer(item) {
    return {
        value: managedCertificateArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function managedCertificateArraySerializer(result) {
    return result.map((item) => {
        return managedCertificateSerializer(item);
    });
}
function managedCertificateArrayDeserializer(result) {
    return result.map((item) => {
        return managedCertificateDeserializer(item);
    });
}
function _privateEndpointConnectionListResultDeserializer(item) {
    return {
        value: privateEndpointConnectionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function _privateLinkResourceListResultDeserializer(item) {
    return {
        value: privateLinkResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function privateLinkResourceArrayDeserializer(result) {
    return result.map((item) => {
        return privateLinkResourceDeserializer(item);
    });
}
function privateLinkResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _privateLinkResourcePropertiesDeserializer(item["properties"])),
    };
}
function privateLinkResourcePropertiesDeserializer(item) {
    return {
        groupId: item["groupId"],
        requiredMembers: !item["requiredMembers"]
            ? item["requiredMembers"]
            : item["requiredMembers"].map((p) => {
                return p;
            }),
        requiredZoneNames: !item["requiredZoneNames"]
            ? item["requiredZoneNames"]
            : item["requiredZoneNames"].map((p) => {
                return p;
            }),
    };
}
function daprComponentResiliencyPolicySerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["inboundPolicy", "outboundPolicy"])
            ? undefined
            : _daprComponentResiliencyPolicyPropertiesSerializer(item),
    };
}
function daprComponentResiliencyPolicyDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _daprComponentResiliencyPolicyPropertiesDeserializer(item["properties"])),
    };
}
function daprComponentResiliencyPolicyPropertiesSerializer(item) {
    return {
        inboundPolicy: !item["inboundPolicy"]
            ? item["inboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationSerializer(item["inboundPolicy"]),
        outboundPolicy: !item["outboundPolicy"]
            ? item["outboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationSerializer(item["outboundPolicy"]),
    };
}
function daprComponentResiliencyPolicyPropertiesDeserializer(item) {
    return {
        inboundPolicy: !item["inboundPolicy"]
            ? item["inboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationDeserializer(item["inboundPolicy"]),
        outboundPolicy: !item["outboundPolicy"]
            ? item["outboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationDeserializer(item["outboundPolicy"]),
    };
}
function daprComponentResiliencyPolicyConfigurationSerializer(item) {
    return {
        httpRetryPolicy: !item["httpRetryPolicy"]
            ? item["httpRetryPolicy"]
            : daprComponentResiliencyPolicyHttpRetryPolicyConfigurationSerializer(item["httpRetryPolicy"]),
        timeoutPolicy: !item["timeoutPolicy"]
            ? item["timeoutPolicy"]
            : daprComponentResiliencyPolicyTimeoutPolicyConfigurationSerializer(item["timeoutPolicy"]),
        circuitBreakerPolicy: !item["circuitBreakerPolicy"]
            ? item["circuitBreakerPolicy"]
            : daprComponentResiliencyPolicyCircuitBreakerPolicyConfigurationSerializer(item["circuitBreakerPolicy"]),
    };
}
function daprComponentResiliencyPolicyConfigurationDeserializer(item) {
    return {
        httpRetryPolicy: !item["httpRetryPolicy"]
            ? item["httpRetryPolicy"]
            : daprComponentResiliencyPolicyHttpRetryPolicyConfigurationDeserializer(item["httpRetryPolicy"]),
        timeoutPolicy: !item["timeoutPolicy"]
            ? item["timeoutPolicy"]
            : daprComponentResiliencyPolicyTimeoutPolicyConfigurationDeserializer(item["timeoutPolicy"]),
        circuitBreakerPolicy: !item["circuitBreakerPolicy"]
            ? item["circuitBreakerPolicy"]
            : daprComponentResiliencyPolicyCircuitBreakerPolicyConfigurationDeserializer(item["circuitBreakerPolicy"]),
    };
}
function daprComponentResiliencyPolicyHttpRetryPolicyConfigurationSerializer(item) {
    return {
        maxRetries: item["maxRetries"],
        retryBackOff: !item["retryBackOff"]
            ? item["retryBackOff"]
            : daprComponentResiliencyPolicyHttpRetryBackOffConfigurationSerializer(item["retryBackOff"]),
    };
}
function daprComponentResiliencyPolicyHttpRetryPolicyConfigurationDeserializer(item) {
    return {
        maxRetries: item["maxRetries"],
        retryBackOff: !item["retryBackOff"]
            ? item["retryBackOff"]
            : daprComponentResiliencyPolicyHttpRetryBackOffConfigurationDeserializer(item["retryBackOff"]),
    };
}
function daprComponentResiliencyPolicyHttpRetryBackOffConfigurationSerializer(item) {
    return {
        initialDelayInMilliseconds: item["initialDelayInMilliseconds"],
        maxIntervalInMilliseconds: item["maxIntervalInMilliseconds"],
    };
}
function daprComponentResiliencyPolicyHttpRetryBackOffConfigurationDeserializer(item) {
    return {
        initialDelayInMilliseconds: item["initialDelayInMilliseconds"],
        maxIntervalInMilliseconds: item["maxIntervalInMilliseconds"],
    };
}
function daprComponentResiliencyPolicyTimeoutPolicyConfigurationSerializer(item) {
    return { responseTimeoutInSeconds: item["responseTimeoutInSeconds"] };
}
function daprComponentResiliencyPolicyTimeoutPolicyConfigurationDeserializer(item) {
    return {
        responseTimeoutInSeconds: item["responseTimeoutInSeconds"],
    };
}
function daprComponentResiliencyPolicyCircuitBreakerPolicyConfigurationSerializer(item) {
    return {
        consecutiveErrors: item["consecutiveErrors"],
        timeoutInSeconds: item["timeoutInSeconds"],
        intervalInSeconds: item["intervalInSeconds"],
    };
}
function daprComponentResiliencyPolicyCircuitBreakerPolicyConfigurationDeserializer(item) {
    return {
        consecutiveErrors: item["consecutiveErrors"],
        timeoutInSeconds: item["timeoutInSeconds"],
        intervalInSeconds: item["intervalInSeconds"],
    };
}
function _daprComponentResiliencyPoliciesCollectionDeserializer(item) {
    return {
        value: daprComponentResiliencyPolicyArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function daprComponentResiliencyPolicyArraySerializer(result) {
    return result.map((item) => {
        return daprComponentResiliencyPolicySerializer(item);
    });
}
function daprComponentResiliencyPolicyArrayDeserializer(result) {
    return result.map((item) => {
        return daprComponentResiliencyPolicyDeserializer(item);
    });
}
function maintenanceConfigurationResourceSerializer(item) {
    return {
        properties: areAllPropsUndefined(item, ["scheduledEntries"])
            ? undefined
            : _maintenanceConfigurationResourcePropertiesSerializer(item),
    };
}
function maintenanceConfigurationResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"]
            ? item["properties"]
            : _maintenanceConfigurationResourcePropertiesDeserializer(item["properties"])),
    };
}
function scheduledEntriesSerializer(item) {
    return { scheduledEntries: scheduledEntryArraySerializer(item["scheduledEntries"]) };
}
function scheduledEntriesDeserializer(item) {
    return {
        scheduledEntries: scheduledEntryArrayDeserializer(item["scheduledEntries"]),
    };
}
function scheduledEntryArraySerializer(result) {
    return result.map((item) => {
        return scheduledEntrySerializer(item);
    });
}
function scheduledEntryArrayDeserializer(result) {
    return result.map((item) => {
        return scheduledEntryDeserializer(item);
    });
}
function scheduledEntrySerializer(item) {
    return {
        weekDay: item["weekDay"],
        startHourUtc: item["startHourUtc"],
        durationHours: item["durationHours"],
    };
}
function scheduledEntryDeserializer(item) {
    return {
        weekDay: item["weekDay"],
        startHourUtc: item["startHourUtc"],
        durationHours: item["durationHours"],
    };
}
function _maintenanceConfigurationCollectionDeserializer(item) {
    return {
        value: maintenanceConfigurationResourceArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function maintenanceConfigurationResourceArraySerializer(result) {
    return result.map((item) => {
        return maintenanceConfigurationResourceSerializer(item);
    });
}
function maintenanceConfigurationResourceArrayDeserializer(result) {
    return result.map((item) => {
        return maintenanceConfigurationResourceDeserializer(item);
    });
}
function managedEnvironmentStorageSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : managedEnvironmentStoragePropertiesSerializer(item["properties"]),
    };
}
function managedEnvironmentStorageDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : managedEnvironmentStoragePropertiesDeserializer(item["properties"]),
    };
}
function managedEnvironmentStoragePropertiesSerializer(item) {
    return {
        azureFile: !item["azureFile"]
            ? item["azureFile"]
            : azureFilePropertiesSerializer(item["azureFile"]),
        nfsAzureFile: !item["nfsAzureFile"]
            ? item["nfsAzureFile"]
            : nfsAzureFilePropertiesSerializer(item["nfsAzureFile"]),
    };
}
function managedEnvironmentStoragePropertiesDeserializer(item) {
    return {
        azureFile: !item["azureFile"]
            ? item["azureFile"]
            : azureFilePropertiesDeserializer(item["azureFile"]),
        nfsAzureFile: !item["nfsAzureFile"]
            ? item["nfsAzureFile"]
            : nfsAzureFilePropertiesDeserializer(item["nfsAzureFile"]),
    };
}
function nfsAzureFilePropertiesSerializer(item) {
    return { server: item["server"], accessMode: item["accessMode"], shareName: item["shareName"] };
}
function nfsAzureFilePropertiesDeserializer(item) {
    return {
        server: item["server"],
        accessMode: item["accessMode"],
        shareName: item["shareName"],
    };
}
function managedEnvironmentStoragesCollectionDeserializer(item) {
    return {
        value: managedEnvironmentStorageArrayDeserializer(item["value"]),
    };
}
function managedEnvironmentStorageArraySerializer(result) {
    return result.map((item) => {
        return managedEnvironmentStorageSerializer(item);
    });
}
function managedEnvironmentStorageArrayDeserializer(result) {
    return result.map((item) => {
        return managedEnvironmentStorageDeserializer(item);
    });
}
function jobSerializer(item) {
    return {
        tags: item["tags"],
        location: item["location"],
        properties: areAllPropsUndefined(item, [
            "environmentId",
            "workloadProfileName",
            "configuration",
            "template",
        ])
            ? undefined
            : _jobPropertiesSerializer(item),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
    };
}
function jobDeserializer(item) {
    return {
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
        location: item["location"],
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        ...(!item["properties"] ? item["properties"] : _jobPropertiesDeserializer(item["properties"])),
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentityDeserializer(item["identity"]),
    };
}
function jobPropertiesSerializer(item) {
    return {
        environmentId: item["environmentId"],
        workloadProfileName: item["workloadProfileName"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : jobConfigurationSerializer(item["configuration"]),
        template: !item["template"] ? item["template"] : jobTemplateSerializer(item["template"]),
    };
}
function jobPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        runningState: item["runningState"],
        environmentId: item["environmentId"],
        workloadProfileName: item["workloadProfileName"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : jobConfigurationDeserializer(item["configuration"]),
        template: !item["template"] ? item["template"] : jobTemplateDeserializer(item["template"]),
        outboundIpAddresses: !item["outboundIpAddresses"]
            ? item["outboundIpAddresses"]
            : item["outboundIpAddresses"].map((p) => {
                return p;
            }),
        eventStreamEndpoint: item["eventStreamEndpoint"],
    };
}
/** Provisioning state of the Container Apps Job. */
var KnownJobProvisioningState;
(function (KnownJobProvisioningState) {
    /** InProgress */
    KnownJobProvisioningState["InProgress"] = "InProgress";
    /** Succeeded */
    KnownJobProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownJobProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownJobProvisioningState["Canceled"] = "Canceled";
    /** Deleting */
    KnownJobProvisioningState["Deleting"] = "Deleting";
})(KnownJobProvisioningState || (KnownJobProvisioningState = {}));
/** Current running state of the job */
var KnownJobRunningState;
(function (KnownJobRunningState) {
    /** The job is ready to run. */
    KnownJobRunningState["Ready"] = "Ready";
    /** The job is transitioning to its target state. */
    KnownJobRunningState["Progressing"] = "Progressing";
    /** The job is suspended. */
    KnownJobRunningState["Suspended"] = "Suspended";
})(KnownJobRunningState || (KnownJobRunningState = {}));
function jobConfigurationSerializer(item) {
    return {
        secrets: !item["secrets"] ? item["secrets"] : secretArraySerializer(item["secrets"]),
        triggerType: item["triggerType"],
        replicaTimeout: item["replicaTimeout"],
        replicaRetryLimit: item["replicaRetryLimit"],
        manualTriggerConfig: !item["manualTriggerConfig"]
            ? item["manualTriggerConfig"]
            : jobConfigurationManualTriggerConfigSerializer(item["manualTriggerConfig"]),
        scheduleTriggerConfig: !item["scheduleTriggerConfig"]
            ? item["scheduleTriggerConfig"]
            : jobConfigurationScheduleTriggerConfigSerializer(item["scheduleTriggerConfig"]),
        eventTriggerConfig: !item["eventTriggerConfig"]
            ? item["eventTriggerConfig"]
            : jobConfigurationEventTriggerConfigSerializer(item["eventTriggerConfig"]),
        registries: !item["registries"]
            ? item["registries"]
            : registryCredentialsArraySerializer(item["registries"]),
        identitySettings: !item["identitySettings"]
            ? item["identitySettings"]
            : identitySettingsArraySerializer(item["identitySettings"]),
    };
}
function jobConfigurationDeserializer(item) {
    return {
        secrets: !item["secrets"] ? item["secrets"] : secretArrayDeserializer(item["secrets"]),
        triggerType: item["triggerType"],
        replicaTimeout: item["replicaTimeout"],
        replicaRetryLimit: item["replicaRetryLimit"],
        manualTriggerConfig: !item["manualTriggerConfig"]
            ? item["manualTriggerConfig"]
            : jobConfigurationManualTriggerConfigDeserializer(item["manualTriggerConfig"]),
        scheduleTriggerConfig: !item["scheduleTriggerConfig"]
            ? item["scheduleTriggerConfig"]
            : jobConfigurationScheduleTriggerConfigDeserializer(item["scheduleTriggerConfig"]),
        eventTriggerConfig: !item["eventTriggerConfig"]
            ? item["eventTriggerConfig"]
            : jobConfigurationEventTriggerConfigDeserializer(item["eventTriggerConfig"]),
        registries: !item["registries"]
            ? item["registries"]
            : registryCredentialsArrayDeserializer(item["registries"]),
        identitySettings: !item["identitySettings"]
            ? item["identitySettings"]
            : identitySettingsArrayDeserializer(item["identitySettings"]),
    };
}
/** Trigger type of the job */
var KnownTriggerType;
(function (KnownTriggerType) {
    /** Schedule */
    KnownTriggerType["Schedule"] = "Schedule";
    /** Event */
    KnownTriggerType["Event"] = "Event";
    /** Manual */
    KnownTriggerType["Manual"] = "Manual";
})(KnownTriggerType || (KnownTriggerType = {}));
function jobConfigurationManualTriggerConfigSerializer(item) {
    return {
        replicaCompletionCount: item["replicaCompletionCount"],
        parallelism: item["parallelism"],
    };
}
function jobConfigurationManualTriggerConfigDeserializer(item) {
    return {
        replicaCompletionCount: item["replicaCompletionCount"],
        parallelism: item["parallelism"],
    };
}
function jobConfigurationScheduleTriggerConfigSerializer(item) {
    return {
        replicaCompletionCount: item["replicaCompletionCount"],
        cronExpression: item["cronExpression"],
        parallelism: item["parallelism"],
    };
}
function jobConfigurationScheduleTriggerConfigDeserializer(item) {
    return {
        replicaCompletionCount: item["replicaCompletionCount"],
        cronExpression: item["cronExpression"],
        parallelism: item["parallelism"],
    };
}
function jobConfigurationEventTriggerConfigSerializer(item) {
    return {
        replicaCompletionCount: item["replicaCompletionCount"],
        parallelism: item["parallelism"],
        scale: !item["scale"] ? item["scale"] : jobScaleSerializer(item["scale"]),
    };
}
function jobConfigurationEventTriggerConfigDeserializer(item) {
    return {
        replicaCompletionCount: item["replicaCompletionCount"],
        parallelism: item["parallelism"],
        scale: !item["scale"] ? item["scale"] : jobScaleDeserializer(item["scale"]),
    };
}
function jobScaleSerializer(item) {
    return {
        pollingInterval: item["pollingInterval"],
        minExecutions: item["minExecutions"],
        maxExecutions: item["maxExecutions"],
        rules: !item["rules"] ? item["rules"] : jobScaleRuleArraySerializer(item["rules"]),
    };
}
function jobScaleDeserializer(item) {
    return {
        pollingInterval: item["pollingInterval"],
        minExecutions: item["minExecutions"],
        maxExecutions: item["maxExecutions"],
        rules: !item["rules"] ? item["rules"] : jobScaleRuleArrayDeserializer(item["rules"]),
    };
}
function jobScaleRuleArraySerializer(result) {
    return result.map((item) => {
        return jobScaleRuleSerializer(item);
    });
}
function jobScaleRuleArrayDeserializer(result) {
    return result.map((item) => {
        return jobScaleRuleDeserializer(item);
    });
}
function jobScaleRuleSerializer(item) {
    return {
        name: item["name"],
        type: item["type"],
        metadata: item["metadata"],
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArraySerializer(item["auth"]),
        identity: item["identity"],
    };
}
function jobScaleRuleDeserializer(item) {
    return {
        name: item["name"],
        type: item["type"],
        metadata: item["metadata"],
        auth: !item["auth"] ? item["auth"] : scaleRuleAuthArrayDeserializer(item["auth"]),
        identity: item["identity"],
    };
}
function jobTemplateSerializer(item) {
    return {
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : initContainerArraySerializer(item["initContainers"]),
        containers: !item["containers"]
            ? item["containers"]
            : containerArraySerializer(item["containers"]),
        volumes: !item["volumes"] ? item["volumes"] : volumeArraySerializer(item["volumes"]),
    };
}
function jobTemplateDeserializer(item) {
    return {
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : initContainerArrayDeserializer(item["initContainers"]),
        containers: !item["containers"]
            ? item["containers"]
            : containerArrayDeserializer(item["containers"]),
        volumes: !item["volumes"] ? item["volumes"] : volumeArrayDeserializer(item["volumes"]),
    };
}
function jobPatchPropertiesSerializer(item) {
    return {
        identity: !item["identity"]
            ? item["identity"]
            : managedServiceIdentitySerializer(item["identity"]),
        tags: item["tags"],
        properties: !item["properties"]
            ? item["properties"]
            : jobPatchPropertiesPropertiesSerializer(item["properties"]),
    };
}
function jobPatchPropertiesPropertiesSerializer(item) {
    return {
        environmentId: item["environmentId"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : jobConfigurationSerializer(item["configuration"]),
        template: !item["template"] ? item["template"] : jobTemplateSerializer(item["template"]),
        outboundIpAddresses: !item["outboundIpAddresses"]
            ? item["outboundIpAddresses"]
            : item["outboundIpAddresses"].map((p) => {
                return p;
            }),
        eventStreamEndpoint: item["eventStreamEndpoint"],
    };
}
function _jobsCollectionDeserializer(item) {
    return {
        value: jobArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function jobArraySerializer(result) {
    return result.map((item) => {
        return jobSerializer(item);
    });
}
function jobArrayDeserializer(result) {
    return result.map((item) => {
        return jobDeserializer(item);
    });
}
function jobExecutionBaseDeserializer(item) {
    return {
        name: item["name"],
        id: item["id"],
    };
}
function containerAppJobExecutionsDeserializer(item) {
    return {
        value: jobExecutionArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function jobExecutionArrayDeserializer(result) {
    return result.map((item) => {
        return jobExecutionDeserializer(item);
    });
}
function jobSecretsCollectionDeserializer(item) {
    return {
        value: secretArrayDeserializer(item["value"]),
    };
}
function diagnosticsCollectionDeserializer(item) {
    return {
        value: diagnosticsArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function diagnosticsArrayDeserializer(result) {
    return result.map((item) => {
        return diagnosticsDeserializer(item);
    });
}
function diagnosticsDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : diagnosticsPropertiesDeserializer(item["properties"]),
    };
}
function diagnosticsPropertiesDeserializer(item) {
    return {
        metadata: !item["metadata"]
            ? item["metadata"]
            : diagnosticsDefinitionDeserializer(item["metadata"]),
        dataset: !item["dataset"]
            ? item["dataset"]
            : diagnosticsDataApiResponseArrayDeserializer(item["dataset"]),
        status: !item["status"] ? item["status"] : diagnosticsStatusDeserializer(item["status"]),
        dataProviderMetadata: !item["dataProviderMetadata"]
            ? item["dataProviderMetadata"]
            : diagnosticDataProviderMetadataDeserializer(item["dataProviderMetadata"]),
    };
}
function diagnosticsDefinitionDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        description: item["description"],
        author: item["author"],
        category: item["category"],
        supportTopicList: !item["supportTopicList"]
            ? item["supportTopicList"]
            : diagnosticSupportTopicArrayDeserializer(item["supportTopicList"]),
        analysisTypes: !item["analysisTypes"]
            ? item["analysisTypes"]
            : item["analysisTypes"].map((p) => {
                return p;
            }),
        type: item["type"],
        score: item["score"],
    };
}
function diagnosticSupportTopicArrayDeserializer(result) {
    return result.map((item) => {
        return diagnosticSupportTopicDeserializer(item);
    });
}
function diagnosticSupportTopicDeserializer(item) {
    return {
        id: item["id"],
        pesId: item["pesId"],
    };
}
function diagnosticsDataApiResponseArrayDeserializer(result) {
    return result.map((item) => {
        return diagnosticsDataApiResponseDeserializer(item);
    });
}
function diagnosticsDataApiResponseDeserializer(item) {
    return {
        table: !item["table"]
            ? item["table"]
            : diagnosticDataTableResponseObjectDeserializer(item["table"]),
        renderingProperties: !item["renderingProperties"]
            ? item["renderingProperties"]
            : diagnosticRenderingDeserializer(item["renderingProperties"]),
    };
}
function diagnosticDataTableResponseObjectDeserializer(item) {
    return {
        tableName: item["tableName"],
        columns: !item["columns"]
            ? item["columns"]
            : diagnosticDataTableResponseColumnArrayDeserializer(item["columns"]),
        rows: !item["rows"]
            ? item["rows"]
            : item["rows"].map((p) => {
                return p;
            }),
    };
}
function diagnosticDataTableResponseColumnArrayDeserializer(result) {
    return result.map((item) => {
        return diagnosticDataTableResponseColumnDeserializer(item);
    });
}
function diagnosticDataTableResponseColumnDeserializer(item) {
    return {
        columnName: item["columnName"],
        dataType: item["dataType"],
        columnType: item["columnType"],
    };
}
function diagnosticRenderingDeserializer(item) {
    return {
        type: item["type"],
        title: item["title"],
        description: item["description"],
        isVisible: item["isVisible"],
    };
}
function diagnosticsStatusDeserializer(item) {
    return {
        message: item["message"],
        statusId: item["statusId"],
    };
}
function diagnosticDataProviderMetadataDeserializer(item) {
    return {
        providerName: item["providerName"],
        propertyBag: !item["propertyBag"]
            ? item["propertyBag"]
            : diagnosticDataProviderMetadataPropertyBagItemArrayDeserializer(item["propertyBag"]),
    };
}
function diagnosticDataProviderMetadataPropertyBagItemArrayDeserializer(result) {
    return result.map((item) => {
        return diagnosticDataProviderMetadataPropertyBagItemDeserializer(item);
    });
}
function diagnosticDataProviderMetadataPropertyBagItemDeserializer(item) {
    return {
        name: item["name"],
        value: item["value"],
    };
}
function httpRouteConfigSerializer(item) {
    return {
        properties: !item["properties"]
            ? item["properties"]
            : httpRouteConfigPropertiesSerializer(item["properties"]),
    };
}
function httpRouteConfigDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : httpRouteConfigPropertiesDeserializer(item["properties"]),
    };
}
function httpRouteConfigPropertiesSerializer(item) {
    return {
        customDomains: !item["customDomains"]
            ? item["customDomains"]
            : customDomainArraySerializer(item["customDomains"]),
        rules: !item["rules"] ? item["rules"] : httpRouteRuleArraySerializer(item["rules"]),
    };
}
function httpRouteConfigPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        provisioningErrors: !item["provisioningErrors"]
            ? item["provisioningErrors"]
            : httpRouteProvisioningErrorsArrayDeserializer(item["provisioningErrors"]),
        fqdn: item["fqdn"],
        customDomains: !item["customDomains"]
            ? item["customDomains"]
            : customDomainArrayDeserializer(item["customDomains"]),
        rules: !item["rules"] ? item["rules"] : httpRouteRuleArrayDeserializer(item["rules"]),
    };
}
/** The current provisioning state. */
var KnownHttpRouteProvisioningState;
(function (KnownHttpRouteProvisioningState) {
    /** Succeeded */
    KnownHttpRouteProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownHttpRouteProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownHttpRouteProvisioningState["Canceled"] = "Canceled";
    /** Waiting */
    KnownHttpRouteProvisioningState["Waiting"] = "Waiting";
    /** Updating */
    KnownHttpRouteProvisioningState["Updating"] = "Updating";
    /** Deleting */
    KnownHttpRouteProvisioningState["Deleting"] = "Deleting";
    /** Pending */
    KnownHttpRouteProvisioningState["Pending"] = "Pending";
})(KnownHttpRouteProvisioningState || (KnownHttpRouteProvisioningState = {}));
function httpRouteProvisioningErrorsArrayDeserializer(result) {
    return result.map((item) => {
        return httpRouteProvisioningErrorsDeserializer(item);
    });
}
function httpRouteProvisioningErrorsDeserializer(item) {
    return {
        timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
        message: item["message"],
    };
}
function httpRouteRuleArraySerializer(result) {
    return result.map((item) => {
        return httpRouteRuleSerializer(item);
    });
}
function httpRouteRuleArrayDeserializer(result) {
    return result.map((item) => {
        return httpRouteRuleDeserializer(item);
    });
}
function httpRouteRuleSerializer(item) {
    return {
        targets: !item["targets"] ? item["targets"] : httpRouteTargetArraySerializer(item["targets"]),
        routes: !item["routes"] ? item["routes"] : httpRouteArraySerializer(item["routes"]),
        description: item["description"],
    };
}
function httpRouteRuleDeserializer(item) {
    return {
        targets: !item["targets"] ? item["targets"] : httpRouteTargetArrayDeserializer(item["targets"]),
        routes: !item["routes"] ? item["routes"] : httpRouteArrayDeserializer(item["routes"]),
        description: item["description"],
    };
}
function httpRouteTargetArraySerializer(result) {
    return result.map((item) => {
        return httpRouteTargetSerializer(item);
    });
}
function httpRouteTargetArrayDeserializer(result) {
    return result.map((item) => {
        return httpRouteTargetDeserializer(item);
    });
}
function httpRouteTargetSerializer(item) {
    return { containerApp: item["containerApp"], revision: item["revision"], label: item["label"] };
}
function httpRouteTargetDeserializer(item) {
    return {
        containerApp: item["containerApp"],
        revision: item["revision"],
        label: item["label"],
    };
}
function httpRouteArraySerializer(result) {
    return result.map((item) => {
        return httpRouteSerializer(item);
    });
}
function httpRouteArrayDeserializer(result) {
    return result.map((item) => {
        return httpRouteDeserializer(item);
    });
}
function httpRouteSerializer(item) {
    return {
        match: !item["match"] ? item["match"] : httpRouteMatchSerializer(item["match"]),
        action: !item["action"] ? item["action"] : httpRouteActionSerializer(item["action"]),
    };
}
function httpRouteDeserializer(item) {
    return {
        match: !item["match"] ? item["match"] : httpRouteMatchDeserializer(item["match"]),
        action: !item["action"] ? item["action"] : httpRouteActionDeserializer(item["action"]),
    };
}
function httpRouteMatchSerializer(item) {
    return {
        prefix: item["prefix"],
        path: item["path"],
        pathSeparatedPrefix: item["pathSeparatedPrefix"],
        caseSensitive: item["caseSensitive"],
    };
}
function httpRouteMatchDeserializer(item) {
    return {
        prefix: item["prefix"],
        path: item["path"],
        pathSeparatedPrefix: item["pathSeparatedPrefix"],
        caseSensitive: item["caseSensitive"],
    };
}
function httpRouteActionSerializer(item) {
    return { prefixRewrite: item["prefixRewrite"] };
}
function httpRouteActionDeserializer(item) {
    return {
        prefixRewrite: item["prefixRewrite"],
    };
}
function _httpRouteConfigCollectionDeserializer(item) {
    return {
        value: httpRouteConfigArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function httpRouteConfigArraySerializer(result) {
    return result.map((item) => {
        return httpRouteConfigSerializer(item);
    });
}
function httpRouteConfigArrayDeserializer(result) {
    return result.map((item) => {
        return httpRouteConfigDeserializer(item);
    });
}
function _availableWorkloadProfilesCollectionDeserializer(item) {
    return {
        value: availableWorkloadProfileArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function availableWorkloadProfileArrayDeserializer(result) {
    return result.map((item) => {
        return availableWorkloadProfileDeserializer(item);
    });
}
function availableWorkloadProfileDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        location: item["location"],
        properties: !item["properties"]
            ? item["properties"]
            : availableWorkloadProfilePropertiesDeserializer(item["properties"]),
    };
}
function availableWorkloadProfilePropertiesDeserializer(item) {
    return {
        category: item["category"],
        applicability: item["applicability"],
        cores: item["cores"],
        memoryGiB: item["memoryGiB"],
        gpus: item["gpus"],
        displayName: item["displayName"],
    };
}
/** indicates whether the profile is default for the location. */
var KnownApplicability;
(function (KnownApplicability) {
    /** LocationDefault */
    KnownApplicability["LocationDefault"] = "LocationDefault";
    /** Custom */
    KnownApplicability["Custom"] = "Custom";
})(KnownApplicability || (KnownApplicability = {}));
function _availableEnvironmentModesCollectionDeserializer(item) {
    return {
        value: availableEnvironmentModeArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function availableEnvironmentModeArrayDeserializer(result) {
    return result.map((item) => {
        return availableEnvironmentModeDeserializer(item);
    });
}
function availableEnvironmentModeDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        location: item["location"],
        properties: !item["properties"]
            ? item["properties"]
            : availableEnvironmentModePropertiesDeserializer(item["properties"]),
    };
}
function availableEnvironmentModePropertiesDeserializer(item) {
    return {
        displayName: item["displayName"],
        description: item["description"],
    };
}
function billingMeterCollectionDeserializer(item) {
    return {
        value: billingMeterArrayDeserializer(item["value"]),
    };
}
function billingMeterArrayDeserializer(result) {
    return result.map((item) => {
        return billingMeterDeserializer(item);
    });
}
function billingMeterDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        location: item["location"],
        properties: !item["properties"]
            ? item["properties"]
            : billingMeterPropertiesDeserializer(item["properties"]),
    };
}
function billingMeterPropertiesDeserializer(item) {
    return {
        category: item["category"],
        meterType: item["meterType"],
        displayName: item["displayName"],
    };
}
function _listUsagesResultDeserializer(item) {
    return {
        value: usageArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function usageArrayDeserializer(result) {
    return result.map((item) => {
        return usageDeserializer(item);
    });
}
function usageDeserializer(item) {
    return {
        unit: item["unit"],
        currentValue: item["currentValue"],
        limit: item["limit"],
        name: usageNameDeserializer(item["name"]),
    };
}
function usageNameDeserializer(item) {
    return {
        value: item["value"],
        localizedValue: item["localizedValue"],
    };
}
/** The available API versions. */
var KnownVersions;
(function (KnownVersions) {
    /** The 2026-01-01 API version. */
    KnownVersions["V20260101"] = "2026-01-01";
    /** The 2026-07-01 API version. */
    KnownVersions["V20260701"] = "2026-07-01";
})(KnownVersions || (KnownVersions = {}));
function _jobExecutionPropertiesDeserializer(item) {
    return {
        status: item["status"],
        startTime: !item["startTime"] ? item["startTime"] : new Date(item["startTime"]),
        endTime: !item["endTime"] ? item["endTime"] : new Date(item["endTime"]),
        template: !item["template"]
            ? item["template"]
            : jobExecutionTemplateDeserializer(item["template"]),
        detailedStatus: !item["detailedStatus"]
            ? item["detailedStatus"]
            : executionStatusDeserializer(item["detailedStatus"]),
        reason: item["reason"],
        message: item["message"],
    };
}
function _sessionPoolPropertiesSerializer(item) {
    return {
        environmentId: item["environmentId"],
        containerType: item["containerType"],
        poolManagementType: item["poolManagementType"],
        scaleConfiguration: !item["scaleConfiguration"]
            ? item["scaleConfiguration"]
            : scaleConfigurationSerializer(item["scaleConfiguration"]),
        secrets: !item["secrets"] ? item["secrets"] : sessionPoolSecretArraySerializer(item["secrets"]),
        dynamicPoolConfiguration: !item["dynamicPoolConfiguration"]
            ? item["dynamicPoolConfiguration"]
            : dynamicPoolConfigurationSerializer(item["dynamicPoolConfiguration"]),
        customContainerTemplate: !item["customContainerTemplate"]
            ? item["customContainerTemplate"]
            : customContainerTemplateSerializer(item["customContainerTemplate"]),
        sessionNetworkConfiguration: !item["sessionNetworkConfiguration"]
            ? item["sessionNetworkConfiguration"]
            : sessionNetworkConfigurationSerializer(item["sessionNetworkConfiguration"]),
        managedIdentitySettings: !item["managedIdentitySettings"]
            ? item["managedIdentitySettings"]
            : managedIdentitySettingArraySerializer(item["managedIdentitySettings"]),
    };
}
function _sessionPoolPropertiesDeserializer(item) {
    return {
        environmentId: item["environmentId"],
        containerType: item["containerType"],
        poolManagementType: item["poolManagementType"],
        nodeCount: item["nodeCount"],
        scaleConfiguration: !item["scaleConfiguration"]
            ? item["scaleConfiguration"]
            : scaleConfigurationDeserializer(item["scaleConfiguration"]),
        secrets: !item["secrets"]
            ? item["secrets"]
            : sessionPoolSecretArrayDeserializer(item["secrets"]),
        dynamicPoolConfiguration: !item["dynamicPoolConfiguration"]
            ? item["dynamicPoolConfiguration"]
            : dynamicPoolConfigurationDeserializer(item["dynamicPoolConfiguration"]),
        customContainerTemplate: !item["customContainerTemplate"]
            ? item["customContainerTemplate"]
            : customContainerTemplateDeserializer(item["customContainerTemplate"]),
        sessionNetworkConfiguration: !item["sessionNetworkConfiguration"]
            ? item["sessionNetworkConfiguration"]
            : sessionNetworkConfigurationDeserializer(item["sessionNetworkConfiguration"]),
        poolManagementEndpoint: item["poolManagementEndpoint"],
        provisioningState: item["provisioningState"],
        managedIdentitySettings: !item["managedIdentitySettings"]
            ? item["managedIdentitySettings"]
            : managedIdentitySettingArrayDeserializer(item["managedIdentitySettings"]),
    };
}
function _sessionPoolUpdatablePropertiesPropertiesSerializer(item) {
    return {
        scaleConfiguration: !item["scaleConfiguration"]
            ? item["scaleConfiguration"]
            : scaleConfigurationSerializer(item["scaleConfiguration"]),
        secrets: !item["secrets"] ? item["secrets"] : sessionPoolSecretArraySerializer(item["secrets"]),
        dynamicPoolConfiguration: !item["dynamicPoolConfiguration"]
            ? item["dynamicPoolConfiguration"]
            : dynamicPoolConfigurationSerializer(item["dynamicPoolConfiguration"]),
        customContainerTemplate: !item["customContainerTemplate"]
            ? item["customContainerTemplate"]
            : customContainerTemplateSerializer(item["customContainerTemplate"]),
        sessionNetworkConfiguration: !item["sessionNetworkConfiguration"]
            ? item["sessionNetworkConfiguration"]
            : sessionNetworkConfigurationSerializer(item["sessionNetworkConfiguration"]),
    };
}
function _sourceControlPropertiesSerializer(item) {
    return {
        repoUrl: item["repoUrl"],
        branch: item["branch"],
        githubActionConfiguration: !item["githubActionConfiguration"]
            ? item["githubActionConfiguration"]
            : githubActionConfigurationSerializer(item["githubActionConfiguration"]),
    };
}
function _sourceControlPropertiesDeserializer(item) {
    return {
        operationState: item["operationState"],
        repoUrl: item["repoUrl"],
        branch: item["branch"],
        githubActionConfiguration: !item["githubActionConfiguration"]
            ? item["githubActionConfiguration"]
            : githubActionConfigurationDeserializer(item["githubActionConfiguration"]),
    };
}
function _containerAppPropertiesSerializer(item) {
    return {
        managedEnvironmentId: item["managedEnvironmentId"],
        environmentId: item["environmentId"],
        networking: !item["networking"]
            ? item["networking"]
            : containerAppNetworkingConfigurationSerializer(item["networking"]),
        workloadProfileName: item["workloadProfileName"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : configurationSerializer(item["configuration"]),
        template: !item["template"] ? item["template"] : templateSerializer(item["template"]),
    };
}
function _containerAppPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        runningStatus: item["runningStatus"],
        managedEnvironmentId: item["managedEnvironmentId"],
        environmentId: item["environmentId"],
        networking: !item["networking"]
            ? item["networking"]
            : containerAppNetworkingConfigurationDeserializer(item["networking"]),
        workloadProfileName: item["workloadProfileName"],
        latestRevisionName: item["latestRevisionName"],
        latestReadyRevisionName: item["latestReadyRevisionName"],
        latestRevisionFqdn: item["latestRevisionFqdn"],
        customDomainVerificationId: item["customDomainVerificationId"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : configurationDeserializer(item["configuration"]),
        template: !item["template"] ? item["template"] : templateDeserializer(item["template"]),
        outboundIpAddresses: !item["outboundIpAddresses"]
            ? item["outboundIpAddresses"]
            : item["outboundIpAddresses"].map((p) => {
                return p;
            }),
        eventStreamEndpoint: item["eventStreamEndpoint"],
    };
}
function _containerAppAuthTokenPropertiesDeserializer(item) {
    return {
        token: item["token"],
        expires: !item["expires"] ? item["expires"] : new Date(item["expires"]),
    };
}
function _containerAppsFunctionPropertiesDeserializer(item) {
    return {
        invokeUrlTemplate: item["invokeUrlTemplate"],
        triggerType: item["triggerType"],
        language: item["language"],
        isDisabled: item["isDisabled"],
        state: item["state"],
    };
}
function _revisionPropertiesDeserializer(item) {
    return {
        createdTime: !item["createdTime"] ? item["createdTime"] : new Date(item["createdTime"]),
        lastActiveTime: !item["lastActiveTime"]
            ? item["lastActiveTime"]
            : new Date(item["lastActiveTime"]),
        fqdn: item["fqdn"],
        template: !item["template"] ? item["template"] : templateDeserializer(item["template"]),
        active: item["active"],
        replicas: item["replicas"],
        trafficWeight: item["trafficWeight"],
        provisioningError: item["provisioningError"],
        healthState: item["healthState"],
        provisioningState: item["provisioningState"],
        runningState: item["runningState"],
    };
}
function _replicaPropertiesDeserializer(item) {
    return {
        createdTime: !item["createdTime"] ? item["createdTime"] : new Date(item["createdTime"]),
        runningState: item["runningState"],
        runningStateDetails: item["runningStateDetails"],
        containers: !item["containers"]
            ? item["containers"]
            : replicaContainerArrayDeserializer(item["containers"]),
        initContainers: !item["initContainers"]
            ? item["initContainers"]
            : replicaContainerArrayDeserializer(item["initContainers"]),
    };
}
function _dotNetComponentPropertiesSerializer(item) {
    return {
        componentType: item["componentType"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : dotNetComponentConfigurationPropertyArraySerializer(item["configurations"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : dotNetComponentServiceBindArraySerializer(item["serviceBinds"]),
    };
}
function _dotNetComponentPropertiesDeserializer(item) {
    return {
        componentType: item["componentType"],
        provisioningState: item["provisioningState"],
        configurations: !item["configurations"]
            ? item["configurations"]
            : dotNetComponentConfigurationPropertyArrayDeserializer(item["configurations"]),
        serviceBinds: !item["serviceBinds"]
            ? item["serviceBinds"]
            : dotNetComponentServiceBindArrayDeserializer(item["serviceBinds"]),
    };
}
function _authConfigPropertiesSerializer(item) {
    return {
        platform: !item["platform"] ? item["platform"] : authPlatformSerializer(item["platform"]),
        globalValidation: !item["globalValidation"]
            ? item["globalValidation"]
            : globalValidationSerializer(item["globalValidation"]),
        identityProviders: !item["identityProviders"]
            ? item["identityProviders"]
            : identityProvidersSerializer(item["identityProviders"]),
        login: !item["login"] ? item["login"] : loginSerializer(item["login"]),
        httpSettings: !item["httpSettings"]
            ? item["httpSettings"]
            : httpSettingsSerializer(item["httpSettings"]),
        encryptionSettings: !item["encryptionSettings"]
            ? item["encryptionSettings"]
            : encryptionSettingsSerializer(item["encryptionSettings"]),
    };
}
function _authConfigPropertiesDeserializer(item) {
    return {
        platform: !item["platform"] ? item["platform"] : authPlatformDeserializer(item["platform"]),
        globalValidation: !item["globalValidation"]
            ? item["globalValidation"]
            : globalValidationDeserializer(item["globalValidation"]),
        identityProviders: !item["identityProviders"]
            ? item["identityProviders"]
            : identityProvidersDeserializer(item["identityProviders"]),
        login: !item["login"] ? item["login"] : loginDeserializer(item["login"]),
        httpSettings: !item["httpSettings"]
            ? item["httpSettings"]
            : httpSettingsDeserializer(item["httpSettings"]),
        encryptionSettings: !item["encryptionSettings"]
            ? item["encryptionSettings"]
            : encryptionSettingsDeserializer(item["encryptionSettings"]),
    };
}
function _connectedEnvironmentPropertiesSerializer(item) {
    return {
        staticIp: item["staticIp"],
        daprAIConnectionString: item["daprAIConnectionString"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationSerializer(item["customDomainConfiguration"]),
    };
}
function _connectedEnvironmentPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        deploymentErrors: item["deploymentErrors"],
        defaultDomain: item["defaultDomain"],
        staticIp: item["staticIp"],
        daprAIConnectionString: item["daprAIConnectionString"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationDeserializer(item["customDomainConfiguration"]),
    };
}
function _privateEndpointConnectionPropertiesSerializer(item) {
    return {
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointSerializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"]
            ? item["privateLinkServiceConnectionState"]
            : privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"]),
    };
}
function _privateEndpointConnectionPropertiesDeserializer(item) {
    return {
        groupIds: !item["groupIds"]
            ? item["groupIds"]
            : item["groupIds"].map((p) => {
                return p;
            }),
        privateEndpoint: !item["privateEndpoint"]
            ? item["privateEndpoint"]
            : privateEndpointDeserializer(item["privateEndpoint"]),
        privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"]
            ? item["privateLinkServiceConnectionState"]
            : privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"]),
        provisioningState: item["provisioningState"],
    };
}
function _managedEnvironmentPropertiesSerializer(item) {
    return {
        daprAIInstrumentationKey: item["daprAIInstrumentationKey"],
        daprAIConnectionString: item["daprAIConnectionString"],
        vnetConfiguration: !item["vnetConfiguration"]
            ? item["vnetConfiguration"]
            : vnetConfigurationSerializer(item["vnetConfiguration"]),
        appLogsConfiguration: !item["appLogsConfiguration"]
            ? item["appLogsConfiguration"]
            : appLogsConfigurationSerializer(item["appLogsConfiguration"]),
        appInsightsConfiguration: !item["appInsightsConfiguration"]
            ? item["appInsightsConfiguration"]
            : appInsightsConfigurationSerializer(item["appInsightsConfiguration"]),
        openTelemetryConfiguration: !item["openTelemetryConfiguration"]
            ? item["openTelemetryConfiguration"]
            : openTelemetryConfigurationSerializer(item["openTelemetryConfiguration"]),
        zoneRedundant: item["zoneRedundant"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationSerializer(item["customDomainConfiguration"]),
        workloadProfiles: !item["workloadProfiles"]
            ? item["workloadProfiles"]
            : workloadProfileArraySerializer(item["workloadProfiles"]),
        kedaConfiguration: !item["kedaConfiguration"]
            ? item["kedaConfiguration"]
            : kedaConfigurationSerializer(item["kedaConfiguration"]),
        daprConfiguration: !item["daprConfiguration"]
            ? item["daprConfiguration"]
            : daprConfigurationSerializer(item["daprConfiguration"]),
        infrastructureResourceGroup: item["infrastructureResourceGroup"],
        peerAuthentication: !item["peerAuthentication"]
            ? item["peerAuthentication"]
            : managedEnvironmentPropertiesPeerAuthenticationSerializer(item["peerAuthentication"]),
        peerTrafficConfiguration: !item["peerTrafficConfiguration"]
            ? item["peerTrafficConfiguration"]
            : managedEnvironmentPropertiesPeerTrafficConfigurationSerializer(item["peerTrafficConfiguration"]),
        ingressConfiguration: !item["ingressConfiguration"]
            ? item["ingressConfiguration"]
            : ingressConfigurationSerializer(item["ingressConfiguration"]),
        environmentMode: item["environmentMode"],
        publicNetworkAccess: item["publicNetworkAccess"],
    };
}
function _managedEnvironmentPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        daprAIInstrumentationKey: item["daprAIInstrumentationKey"],
        daprAIConnectionString: item["daprAIConnectionString"],
        vnetConfiguration: !item["vnetConfiguration"]
            ? item["vnetConfiguration"]
            : vnetConfigurationDeserializer(item["vnetConfiguration"]),
        deploymentErrors: item["deploymentErrors"],
        defaultDomain: item["defaultDomain"],
        staticIp: item["staticIp"],
        appLogsConfiguration: !item["appLogsConfiguration"]
            ? item["appLogsConfiguration"]
            : appLogsConfigurationDeserializer(item["appLogsConfiguration"]),
        appInsightsConfiguration: !item["appInsightsConfiguration"]
            ? item["appInsightsConfiguration"]
            : appInsightsConfigurationDeserializer(item["appInsightsConfiguration"]),
        openTelemetryConfiguration: !item["openTelemetryConfiguration"]
            ? item["openTelemetryConfiguration"]
            : openTelemetryConfigurationDeserializer(item["openTelemetryConfiguration"]),
        zoneRedundant: item["zoneRedundant"],
        customDomainConfiguration: !item["customDomainConfiguration"]
            ? item["customDomainConfiguration"]
            : customDomainConfigurationDeserializer(item["customDomainConfiguration"]),
        eventStreamEndpoint: item["eventStreamEndpoint"],
        workloadProfiles: !item["workloadProfiles"]
            ? item["workloadProfiles"]
            : workloadProfileArrayDeserializer(item["workloadProfiles"]),
        kedaConfiguration: !item["kedaConfiguration"]
            ? item["kedaConfiguration"]
            : kedaConfigurationDeserializer(item["kedaConfiguration"]),
        daprConfiguration: !item["daprConfiguration"]
            ? item["daprConfiguration"]
            : daprConfigurationDeserializer(item["daprConfiguration"]),
        infrastructureResourceGroup: item["infrastructureResourceGroup"],
        peerAuthentication: !item["peerAuthentication"]
            ? item["peerAuthentication"]
            : managedEnvironmentPropertiesPeerAuthenticationDeserializer(item["peerAuthentication"]),
        peerTrafficConfiguration: !item["peerTrafficConfiguration"]
            ? item["peerTrafficConfiguration"]
            : managedEnvironmentPropertiesPeerTrafficConfigurationDeserializer(item["peerTrafficConfiguration"]),
        ingressConfiguration: !item["ingressConfiguration"]
            ? item["ingressConfiguration"]
            : ingressConfigurationDeserializer(item["ingressConfiguration"]),
        environmentMode: item["environmentMode"],
        privateEndpointConnections: !item["privateEndpointConnections"]
            ? item["privateEndpointConnections"]
            : privateEndpointConnectionArrayDeserializer(item["privateEndpointConnections"]),
        publicNetworkAccess: item["publicNetworkAccess"],
    };
}
function _environmentAuthTokenPropertiesDeserializer(item) {
    return {
        token: item["token"],
        expires: !item["expires"] ? item["expires"] : new Date(item["expires"]),
    };
}
function _daprComponentPropertiesSerializer(item) {
    return {
        componentType: item["componentType"],
        version: item["version"],
        ignoreErrors: item["ignoreErrors"],
        initTimeout: item["initTimeout"],
        secrets: !item["secrets"] ? item["secrets"] : secretArraySerializer(item["secrets"]),
        secretStoreComponent: item["secretStoreComponent"],
        metadata: !item["metadata"] ? item["metadata"] : daprMetadataArraySerializer(item["metadata"]),
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
    };
}
function _daprComponentPropertiesDeserializer(item) {
    return {
        componentType: item["componentType"],
        version: item["version"],
        ignoreErrors: item["ignoreErrors"],
        initTimeout: item["initTimeout"],
        secrets: !item["secrets"] ? item["secrets"] : secretArrayDeserializer(item["secrets"]),
        secretStoreComponent: item["secretStoreComponent"],
        metadata: !item["metadata"]
            ? item["metadata"]
            : daprMetadataArrayDeserializer(item["metadata"]),
        scopes: !item["scopes"]
            ? item["scopes"]
            : item["scopes"].map((p) => {
                return p;
            }),
        provisioningState: item["provisioningState"],
        deploymentErrors: item["deploymentErrors"],
    };
}
function _privateLinkResourcePropertiesDeserializer(item) {
    return {
        groupId: item["groupId"],
        requiredMembers: !item["requiredMembers"]
            ? item["requiredMembers"]
            : item["requiredMembers"].map((p) => {
                return p;
            }),
        requiredZoneNames: !item["requiredZoneNames"]
            ? item["requiredZoneNames"]
            : item["requiredZoneNames"].map((p) => {
                return p;
            }),
    };
}
function _daprComponentResiliencyPolicyPropertiesSerializer(item) {
    return {
        inboundPolicy: !item["inboundPolicy"]
            ? item["inboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationSerializer(item["inboundPolicy"]),
        outboundPolicy: !item["outboundPolicy"]
            ? item["outboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationSerializer(item["outboundPolicy"]),
    };
}
function _daprComponentResiliencyPolicyPropertiesDeserializer(item) {
    return {
        inboundPolicy: !item["inboundPolicy"]
            ? item["inboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationDeserializer(item["inboundPolicy"]),
        outboundPolicy: !item["outboundPolicy"]
            ? item["outboundPolicy"]
            : daprComponentResiliencyPolicyConfigurationDeserializer(item["outboundPolicy"]),
    };
}
function _maintenanceConfigurationResourcePropertiesSerializer(item) {
    return {
        scheduledEntries: !item["scheduledEntries"]
            ? item["scheduledEntries"]
            : scheduledEntryArraySerializer(item["scheduledEntries"]),
    };
}
function _maintenanceConfigurationResourcePropertiesDeserializer(item) {
    return {
        scheduledEntries: !item["scheduledEntries"]
            ? item["scheduledEntries"]
            : scheduledEntryArrayDeserializer(item["scheduledEntries"]),
    };
}
function _jobPropertiesSerializer(item) {
    return {
        environmentId: item["environmentId"],
        workloadProfileName: item["workloadProfileName"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : jobConfigurationSerializer(item["configuration"]),
        template: !item["template"] ? item["template"] : jobTemplateSerializer(item["template"]),
    };
}
function _jobPropertiesDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        runningState: item["runningState"],
        environmentId: item["environmentId"],
        workloadProfileName: item["workloadProfileName"],
        configuration: !item["configuration"]
            ? item["configuration"]
            : jobConfigurationDeserializer(item["configuration"]),
        template: !item["template"] ? item["template"] : jobTemplateDeserializer(item["template"]),
        outboundIpAddresses: !item["outboundIpAddresses"]
            ? item["outboundIpAddresses"]
            : item["outboundIpAddresses"].map((p) => {
                return p;
            }),
        eventStreamEndpoint: item["eventStreamEndpoint"],
    };
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/static-helpers/urlTemplate.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// ---------------------
// helpers
// ---------------------
function encodeComponent(val, reserved, op) {
    return (reserved ?? op === "+") || op === "#"
        ? encodeReservedComponent(val)
        : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
    return str
        .split(/(%[0-9A-Fa-f]{2})/g)
        .map((part) => (!/%[0-9A-Fa-f]/.test(part) ? encodeURI(part) : part))
        .join("");
}
function encodeRFC3986URIComponent(str) {
    return encodeURIComponent(str).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isDefined(val) {
    return val !== undefined && val !== null;
}
function getNamedAndIfEmpty(op) {
    return [!!op && [";", "?", "&"].includes(op), !!op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = false) {
    if (isFirst) {
        return !op || op === "+" ? "" : op;
    }
    else if (!op || op === "+" || op === "#") {
        return ",";
    }
    else if (op === "?") {
        return "&";
    }
    else {
        return op;
    }
}
function getExpandedValue(option) {
    let isFirst = option.isFirst;
    const { op, varName, varValue: value, reserved } = option;
    const vals = [];
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    if (Array.isArray(value)) {
        for (const val of value.filter(isDefined)) {
            // prepare the following parts: separator, varName, value
            vals.push(`${getFirstOrSep(op, isFirst)}`);
            if (named && varName) {
                vals.push(`${encodeURIComponent(varName)}`);
                if (val === "") {
                    vals.push(ifEmpty);
                }
                else {
                    vals.push("=");
                }
            }
            vals.push(encodeComponent(val, reserved, op));
            isFirst = false;
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            const val = value[key];
            if (!isDefined(val)) {
                continue;
            }
            // prepare the following parts: separator, key, value
            vals.push(`${getFirstOrSep(op, isFirst)}`);
            if (key) {
                vals.push(`${encodeURIComponent(key)}`);
                if (named && val === "") {
                    vals.push(ifEmpty);
                }
                else {
                    vals.push("=");
                }
            }
            vals.push(encodeComponent(val, reserved, op));
            isFirst = false;
        }
    }
    return vals.join("");
}
function getNonExpandedValue(option) {
    const { op, varName, varValue: value, isFirst, reserved } = option;
    const vals = [];
    const first = getFirstOrSep(op, isFirst);
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    if (named && varName) {
        vals.push(encodeComponent(varName, reserved, op));
        if (value === "") {
            if (!ifEmpty) {
                vals.push(ifEmpty);
            }
            return !vals.join("") ? undefined : `${first}${vals.join("")}`;
        }
        vals.push("=");
    }
    const items = [];
    if (Array.isArray(value)) {
        for (const val of value.filter(isDefined)) {
            items.push(encodeComponent(val, reserved, op));
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            if (!isDefined(value[key])) {
                continue;
            }
            items.push(encodeRFC3986URIComponent(key));
            items.push(encodeComponent(value[key], reserved, op));
        }
    }
    vals.push(items.join(","));
    return !vals.join(",") ? undefined : `${first}${vals.join("")}`;
}
function getVarValue(option) {
    const { op, varName, modifier, isFirst, reserved, varValue: value } = option;
    if (!isDefined(value)) {
        return undefined;
    }
    else if (["string", "number", "boolean"].includes(typeof value)) {
        let val = value.toString();
        const [named, ifEmpty] = getNamedAndIfEmpty(op);
        const vals = [getFirstOrSep(op, isFirst)];
        if (named && varName) {
            // No need to encode varName considering it is already encoded
            vals.push(varName);
            if (val === "") {
                vals.push(ifEmpty);
            }
            else {
                vals.push("=");
            }
        }
        if (modifier && modifier !== "*") {
            val = val.substring(0, parseInt(modifier, 10));
        }
        vals.push(encodeComponent(val, reserved, op));
        return vals.join("");
    }
    else if (modifier === "*") {
        return getExpandedValue(option);
    }
    else {
        return getNonExpandedValue(option);
    }
}
// ---------------------------------------------------------------------------------------------------
// This is an implementation of RFC 6570 URI Template: https://datatracker.ietf.org/doc/html/rfc6570.
// ---------------------------------------------------------------------------------------------------
function expandUrlTemplate(template, context, option) {
    const result = template.replace(/\{([^{}]+)\}|([^{}]+)/g, (_, expr, text) => {
        if (!expr) {
            return encodeReservedComponent(text);
        }
        let op;
        if (["+", "#", ".", "/", ";", "?", "&"].includes(expr[0])) {
            op = expr[0];
            expr = expr.slice(1);
        }
        const varList = expr.split(/,/g);
        const innerResult = [];
        for (const varSpec of varList) {
            const varMatch = /([^:*]*)(?::(\d+)|(\*))?/.exec(varSpec);
            if (!varMatch || !varMatch[1]) {
                continue;
            }
            const varValue = getVarValue({
                isFirst: innerResult.length === 0,
                op,
                varValue: context[varMatch[1]],
                varName: varMatch[1],
                modifier: varMatch[2] || varMatch[3],
                reserved: option?.allowReserved,
            });
            if (varValue) {
                innerResult.push(varValue);
            }
        }
        return innerResult.join("");
    });
    return normalizeUnreserved(result);
}
/**
 * Normalize an expanded URI by decoding percent-encoded unreserved characters.
 * RFC 3986 unreserved: "-" / "." / "~"
 */
function normalizeUnreserved(uri) {
    return uri.replace(/%([0-9A-Fa-f]{2})/g, (match, hex) => {
        const char = String.fromCharCode(parseInt(hex, 16));
        // Decode only if it's unreserved
        if (/[.~-]/.test(char)) {
            return char;
        }
        return match; // leave other encodings intact
    });
}
//# sourceMappingURL=urlTemplate.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function _jobExecutionSend(context, resourceGroupName, jobName, jobExecutionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/executions/{jobExecutionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        jobExecutionName: jobExecutionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _jobExecutionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return jobExecutionDeserializer(result.body);
}
/** Get details of a single job execution */
async function jobExecution(context, resourceGroupName, jobName, jobExecutionName, options = { requestOptions: {} }) {
    const result = await _jobExecutionSend(context, resourceGroupName, jobName, jobExecutionName, options);
    return _jobExecutionDeserialize(result);
}
function _getCustomDomainVerificationIdSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.App/getCustomDomainVerificationId{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getCustomDomainVerificationIdDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return { body: result.body };
}
/** Get the verification id of a subscription used for verifying custom domains */
async function getCustomDomainVerificationId(context, options = { requestOptions: {} }) {
    const result = await _getCustomDomainVerificationIdSend(context, options);
    return _getCustomDomainVerificationIdDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 37 modules
var core_rest_pipeline_dist_esm = __webpack_require__(1818);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/static-helpers/pagingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Helper to paginate results in a generic way and return a PagedAsyncIterableIterator
 */
function buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
    const itemName = options.itemName ?? "value";
    const nextLinkName = options.nextLinkName ?? "nextLink";
    const nextLinkMethod = options.nextLinkMethod ?? "GET";
    const apiVersion = options.apiVersion;
    const pagedResult = {
        getPage: async (pageLink) => {
            let result;
            if (pageLink === undefined) {
                result = await getInitialResponse();
            }
            else {
                const resolvedPageLink = apiVersion ? addApiVersionToUrl(pageLink, apiVersion) : pageLink;
                result =
                    nextLinkMethod === "POST"
                        ? await client.pathUnchecked(resolvedPageLink).post()
                        : await client.pathUnchecked(resolvedPageLink).get();
            }
            checkPagingRequest(result, expectedStatuses);
            const results = await processResponseBody(result);
            const nextLink = getNextLink(results, nextLinkName);
            const values = getElements(results, itemName);
            return {
                page: values,
                nextPageLink: nextLink,
            };
        },
        byPage: (settings) => {
            const { continuationToken } = settings ?? {};
            return getPageAsyncIterator(pagedResult, {
                pageLink: continuationToken,
            });
        },
    };
    return getPagedAsyncIterator(pagedResult);
}
/**
 * returns an async iterator that iterates over results. It also has a `byPage`
 * method that returns pages of items at once.
 *
 * @param pagedResult - an object that specifies how to get pages.
 * @returns a paged async iterator that iterates over results.
 */
function getPagedAsyncIterator(pagedResult) {
    const iter = getItemAsyncIterator(pagedResult);
    return {
        next() {
            return iter.next();
        },
        [Symbol.asyncIterator]() {
            return this;
        },
        byPage: pagedResult?.byPage ??
            ((settings) => {
                const { continuationToken } = settings ?? {};
                return getPageAsyncIterator(pagedResult, {
                    pageLink: continuationToken,
                });
            }),
    };
}
async function* getItemAsyncIterator(pagedResult) {
    const pages = getPageAsyncIterator(pagedResult);
    for await (const page of pages) {
        yield* page;
    }
}
async function* getPageAsyncIterator(pagedResult, options = {}) {
    const { pageLink } = options;
    let response = await pagedResult.getPage(pageLink ?? pagedResult.firstPageLink);
    if (!response) {
        return;
    }
    let result = response.page;
    result.continuationToken = response.nextPageLink;
    yield result;
    while (response.nextPageLink) {
        response = await pagedResult.getPage(response.nextPageLink);
        if (!response) {
            return;
        }
        result = response.page;
        result.continuationToken = response.nextPageLink;
        yield result;
    }
}
/**
 * Gets for the value of nextLink in the body
 */
function getNextLink(body, nextLinkName) {
    if (!nextLinkName) {
        return undefined;
    }
    const nextLink = body[nextLinkName];
    if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) {
        throw new core_rest_pipeline_dist_esm/* RestError */.pj(`Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`);
    }
    if (nextLink === null) {
        return undefined;
    }
    return nextLink;
}
/**
 * Gets the elements of the current request in the body.
 */
function getElements(body, itemName) {
    const value = body[itemName];
    if (!Array.isArray(value)) {
        throw new core_rest_pipeline_dist_esm/* RestError */.pj(`Couldn't paginate response\n Body doesn't contain an array property with name: ${itemName}`);
    }
    return value ?? [];
}
/**
 * Checks if a request failed
 */
function checkPagingRequest(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw (0,dist_esm/* createRestError */.t$)(`Pagination failed with unexpected statusCode ${response.status}`, response);
    }
}
/**
 * Adds the api-version query parameter on a URL if it's not present.
 * @param url - the URL to modify
 * @param apiVersion - the API version to set
 * @returns - the URL with the api-version query parameter set
 */
function addApiVersionToUrl(url, apiVersion) {
    // The base URL is only used for parsing and won't appear in the returned URL
    const urlObj = new URL(url, "https://microsoft.com");
    if (!urlObj.searchParams.get("api-version")) {
        // Append one if there is no apiVersion
        return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
    }
    return url;
}
//# sourceMappingURL=pagingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/availableEnvironmentModes/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _listSend(context, location, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.App/locations/{location}/availableManagedEnvironmentsModes{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _availableEnvironmentModesCollectionDeserializer(result.body);
}
/** Gets the environment modes available to a subscription in a location. */
function list(context, location, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listSend(context, location, options), _listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/availableEnvironmentModes/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getAvailableEnvironmentModes(context) {
    return {
        list: (location, options) => list(context, location, options),
    };
}
function _getAvailableEnvironmentModesOperations(context) {
    return {
        ..._getAvailableEnvironmentModes(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/availableWorkloadProfiles/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function operations_listSend(context, location, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.App/locations/{location}/availableManagedEnvironmentsWorkloadProfileTypes{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _availableWorkloadProfilesCollectionDeserializer(result.body);
}
/** Get all available workload profiles for a location. */
function operations_list(context, location, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listSend(context, location, options), operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/availableWorkloadProfiles/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getAvailableWorkloadProfiles(context) {
    return {
        list: (location, options) => operations_list(context, location, options),
    };
}
function _getAvailableWorkloadProfilesOperations(context) {
    return {
        ..._getAvailableWorkloadProfiles(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/billingMeters/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function _getSend(context, location, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.App/locations/{location}/billingMeters{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return billingMeterCollectionDeserializer(result.body);
}
/** Get all billingMeters for a location. */
async function get(context, location, options = { requestOptions: {} }) {
    const result = await _getSend(context, location, options);
    return _getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/billingMeters/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getBillingMeters(context) {
    return {
        get: (location, options) => get(context, location, options),
    };
}
function _getBillingMetersOperations(context) {
    return {
        ..._getBillingMeters(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/certificates/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function certificates_operations_listSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/certificates{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function certificates_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _certificateCollectionDeserializer(result.body);
}
/** Get the Certificates in a given managed environment. */
function certificates_operations_list(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => certificates_operations_listSend(context, resourceGroupName, environmentName, options), certificates_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function _$deleteSend(context, resourceGroupName, environmentName, certificateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/certificates/{certificateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        certificateName: certificateName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the specified Certificate. */
async function $delete(context, resourceGroupName, environmentName, certificateName, options = { requestOptions: {} }) {
    const result = await _$deleteSend(context, resourceGroupName, environmentName, certificateName, options);
    return _$deleteDeserialize(result);
}
function _updateSend(context, resourceGroupName, environmentName, certificateName, certificateEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/certificates/{certificateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        certificateName: certificateName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: certificatePatchSerializer(certificateEnvelope),
    });
}
async function _updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return certificateDeserializer(result.body);
}
/** Patches a certificate. Currently only patching of tags is supported */
async function update(context, resourceGroupName, environmentName, certificateName, certificateEnvelope, options = { requestOptions: {} }) {
    const result = await _updateSend(context, resourceGroupName, environmentName, certificateName, certificateEnvelope, options);
    return _updateDeserialize(result);
}
function _createOrUpdateSend(context, resourceGroupName, environmentName, certificateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/certificates/{certificateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        certificateName: certificateName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.certificateEnvelope
            ? options?.certificateEnvelope
            : certificateSerializer(options?.certificateEnvelope),
    });
}
async function _createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return certificateDeserializer(result.body);
}
/** Create or Update a Certificate. */
async function createOrUpdate(context, resourceGroupName, environmentName, certificateName, options = { requestOptions: {} }) {
    const result = await _createOrUpdateSend(context, resourceGroupName, environmentName, certificateName, options);
    return _createOrUpdateDeserialize(result);
}
function operations_getSend(context, resourceGroupName, environmentName, certificateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/certificates/{certificateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        certificateName: certificateName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return certificateDeserializer(result.body);
}
/** Get the specified Certificate. */
async function operations_get(context, resourceGroupName, environmentName, certificateName, options = { requestOptions: {} }) {
    const result = await operations_getSend(context, resourceGroupName, environmentName, certificateName, options);
    return operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/certificates/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getCertificates(context) {
    return {
        list: (resourceGroupName, environmentName, options) => certificates_operations_list(context, resourceGroupName, environmentName, options),
        delete: (resourceGroupName, environmentName, certificateName, options) => $delete(context, resourceGroupName, environmentName, certificateName, options),
        update: (resourceGroupName, environmentName, certificateName, certificateEnvelope, options) => update(context, resourceGroupName, environmentName, certificateName, certificateEnvelope, options),
        createOrUpdate: (resourceGroupName, environmentName, certificateName, options) => createOrUpdate(context, resourceGroupName, environmentName, certificateName, options),
        get: (resourceGroupName, environmentName, certificateName, options) => operations_get(context, resourceGroupName, environmentName, certificateName, options),
    };
}
function _getCertificatesOperations(context) {
    return {
        ..._getCertificates(context),
    };
}
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-lro/dist/esm/index.js + 7 modules
var core_lro_dist_esm = __webpack_require__(64850);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/static-helpers/pollingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function pollingHelpers_getLongRunningPoller(client, processResponseBody, expectedStatuses, options) {
    const { restoreFrom, getInitialResponse, apiVersion } = options;
    if (!restoreFrom && !getInitialResponse) {
        throw new Error("Either restoreFrom or getInitialResponse must be specified");
    }
    let initialResponse = undefined;
    const pollAbortController = new AbortController();
    const poller = {
        sendInitialRequest: async () => {
            if (!getInitialResponse) {
                throw new Error("getInitialResponse is required when initializing a new poller");
            }
            initialResponse = await getInitialResponse();
            return getLroResponse(initialResponse, expectedStatuses);
        },
        sendPollRequest: async (path, pollOptions) => {
            // The poll request would both listen to the user provided abort signal and the poller's own abort signal
            function abortListener() {
                pollAbortController.abort();
            }
            const abortSignal = pollAbortController.signal;
            if (options.abortSignal?.aborted) {
                pollAbortController.abort();
            }
            else if (pollOptions?.abortSignal?.aborted) {
                pollAbortController.abort();
            }
            else if (!abortSignal.aborted) {
                options.abortSignal?.addEventListener("abort", abortListener, {
                    once: true,
                });
                pollOptions?.abortSignal?.addEventListener("abort", abortListener, {
                    once: true,
                });
            }
            let response;
            try {
                const pollingPath = apiVersion ? pollingHelpers_addApiVersionToUrl(path, apiVersion) : path;
                response = await client.pathUnchecked(pollingPath).get({ abortSignal });
            }
            finally {
                options.abortSignal?.removeEventListener("abort", abortListener);
                pollOptions?.abortSignal?.removeEventListener("abort", abortListener);
            }
            return getLroResponse(response, expectedStatuses);
        },
    };
    return (0,core_lro_dist_esm/* createHttpPoller */.V)(poller, {
        intervalInMs: options?.updateIntervalInMs,
        resourceLocationConfig: options?.resourceLocationConfig,
        restoreFrom: options?.restoreFrom,
        processResult: (result) => {
            return processResponseBody(result);
        },
    });
}
/**
 * Converts a Rest Client response to a response that the LRO implementation understands
 * @param response - a rest client http response
 * @param deserializeFn - deserialize function to convert Rest response to modular output
 * @returns - An LRO response that the LRO implementation understands
 */
function getLroResponse(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw (0,dist_esm/* createRestError */.t$)(response);
    }
    return {
        flatResponse: response,
        rawResponse: {
            ...response,
            statusCode: Number.parseInt(response.status),
            body: response.body,
        },
    };
}
/**
 * Adds the api-version query parameter on a URL if it's not present.
 * @param url - the URL to modify
 * @param apiVersion - the API version to set
 * @returns - the URL with the api-version query parameter set
 */
function pollingHelpers_addApiVersionToUrl(url, apiVersion) {
    // The base URL is only used for parsing and won't appear in the returned URL
    const urlObj = new URL(url, "https://microsoft.com");
    if (!urlObj.searchParams.get("api-version")) {
        // Append one if there is no apiVersion
        return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
    }
    return url;
}
//# sourceMappingURL=pollingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/connectedEnvironments/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _checkNameAvailabilitySend(context, resourceGroupName, connectedEnvironmentName, checkNameAvailabilityRequest, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/checkNameAvailability{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: checkNameAvailabilityRequestSerializer(checkNameAvailabilityRequest),
    });
}
async function _checkNameAvailabilityDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return checkNameAvailabilityResponseDeserializer(result.body);
}
/** Checks if resource connectedEnvironmentName is available. */
async function checkNameAvailability(context, resourceGroupName, connectedEnvironmentName, checkNameAvailabilityRequest, options = { requestOptions: {} }) {
    const result = await _checkNameAvailabilitySend(context, resourceGroupName, connectedEnvironmentName, checkNameAvailabilityRequest, options);
    return _checkNameAvailabilityDeserialize(result);
}
function _listBySubscriptionSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.App/connectedEnvironments{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listBySubscriptionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _connectedEnvironmentCollectionDeserializer(result.body);
}
/** Get all connectedEnvironments for a subscription. */
function listBySubscription(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listBySubscriptionSend(context, options), _listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function _listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _connectedEnvironmentCollectionDeserializer(result.body);
}
/** Get all connectedEnvironments in a resource group. */
function listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByResourceGroupSend(context, resourceGroupName, options), _listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function operations_$deleteSend(context, resourceGroupName, connectedEnvironmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete an connectedEnvironment. */
function operations_$delete(context, resourceGroupName, connectedEnvironmentName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, operations_$deleteDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_$deleteSend(context, resourceGroupName, connectedEnvironmentName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function operations_updateSend(context, resourceGroupName, connectedEnvironmentName, environmentEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: connectedEnvironmentPatchResourceSerializer(environmentEnvelope),
    });
}
async function operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return connectedEnvironmentDeserializer(result.body);
}
/** Patches a Managed Environment. Only patching of tags is supported currently */
async function operations_update(context, resourceGroupName, connectedEnvironmentName, environmentEnvelope, options = { requestOptions: {} }) {
    const result = await operations_updateSend(context, resourceGroupName, connectedEnvironmentName, environmentEnvelope, options);
    return operations_updateDeserialize(result);
}
function operations_createOrUpdateSend(context, resourceGroupName, connectedEnvironmentName, environmentEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: connectedEnvironmentSerializer(environmentEnvelope),
    });
}
async function operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return connectedEnvironmentDeserializer(result.body);
}
/** Creates or updates an connectedEnvironment. */
function operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, environmentEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_createOrUpdateSend(context, resourceGroupName, connectedEnvironmentName, environmentEnvelope, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function connectedEnvironments_operations_getSend(context, resourceGroupName, connectedEnvironmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function connectedEnvironments_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return connectedEnvironmentDeserializer(result.body);
}
/** Get the properties of an connectedEnvironment. */
async function connectedEnvironments_operations_get(context, resourceGroupName, connectedEnvironmentName, options = { requestOptions: {} }) {
    const result = await connectedEnvironments_operations_getSend(context, resourceGroupName, connectedEnvironmentName, options);
    return connectedEnvironments_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/static-helpers/simplePollerHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Create the deprecated SimplePollerLike from PollerLike
 * @param poller PollerLike to convert
 * @returns SimplePollerLike
 */
function getSimplePoller(poller) {
    const simplePoller = {
        isDone() {
            return poller.isDone;
        },
        isStopped() {
            throw new Error("isStopped is deprecated. Use abortSignal status to track this instead.");
        },
        getOperationState() {
            if (!poller.operationState) {
                throw new Error("Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState().");
            }
            return poller.operationState;
        },
        getResult() {
            return poller.result;
        },
        toString() {
            if (!poller.operationState) {
                throw new Error("Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState().");
            }
            return JSON.stringify({
                state: poller.operationState,
            });
        },
        stopPolling() {
            throw new Error("stopPolling is deprecated. Use abortSignal to stop polling instead.");
        },
        onProgress: poller.onProgress,
        poll: poller.poll,
        pollUntilDone: poller.pollUntilDone,
        serialize: poller.serialize,
        submitted: poller.submitted,
    };
    return simplePoller;
}
//# sourceMappingURL=simplePollerHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/connectedEnvironments/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getConnectedEnvironments(context) {
    return {
        checkNameAvailability: (resourceGroupName, connectedEnvironmentName, checkNameAvailabilityRequest, options) => checkNameAvailability(context, resourceGroupName, connectedEnvironmentName, checkNameAvailabilityRequest, options),
        listBySubscription: (options) => listBySubscription(context, options),
        listByResourceGroup: (resourceGroupName, options) => listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, connectedEnvironmentName, options) => operations_$delete(context, resourceGroupName, connectedEnvironmentName, options),
        beginDelete: async (resourceGroupName, connectedEnvironmentName, options) => {
            const poller = operations_$delete(context, resourceGroupName, connectedEnvironmentName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, connectedEnvironmentName, options) => {
            return await operations_$delete(context, resourceGroupName, connectedEnvironmentName, options);
        },
        update: (resourceGroupName, connectedEnvironmentName, environmentEnvelope, options) => operations_update(context, resourceGroupName, connectedEnvironmentName, environmentEnvelope, options),
        createOrUpdate: (resourceGroupName, connectedEnvironmentName, environmentEnvelope, options) => operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, environmentEnvelope, options),
        beginCreateOrUpdate: async (resourceGroupName, connectedEnvironmentName, environmentEnvelope, options) => {
            const poller = operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, environmentEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, connectedEnvironmentName, environmentEnvelope, options) => {
            return await operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, environmentEnvelope, options);
        },
        get: (resourceGroupName, connectedEnvironmentName, options) => connectedEnvironments_operations_get(context, resourceGroupName, connectedEnvironmentName, options),
    };
}
function _getConnectedEnvironmentsOperations(context) {
    return {
        ..._getConnectedEnvironments(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/connectedEnvironmentsCertificates/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function connectedEnvironmentsCertificates_operations_listSend(context, resourceGroupName, connectedEnvironmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/certificates{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function connectedEnvironmentsCertificates_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _certificateCollectionDeserializer(result.body);
}
/** Get the Certificates in a given connected environment. */
function connectedEnvironmentsCertificates_operations_list(context, resourceGroupName, connectedEnvironmentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => connectedEnvironmentsCertificates_operations_listSend(context, resourceGroupName, connectedEnvironmentName, options), connectedEnvironmentsCertificates_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function connectedEnvironmentsCertificates_operations_$deleteSend(context, resourceGroupName, connectedEnvironmentName, certificateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/certificates/{certificateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        certificateName: certificateName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function connectedEnvironmentsCertificates_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the specified Certificate. */
function connectedEnvironmentsCertificates_operations_$delete(context, resourceGroupName, connectedEnvironmentName, certificateName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, connectedEnvironmentsCertificates_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => connectedEnvironmentsCertificates_operations_$deleteSend(context, resourceGroupName, connectedEnvironmentName, certificateName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function connectedEnvironmentsCertificates_operations_updateSend(context, resourceGroupName, connectedEnvironmentName, certificateName, certificateEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/certificates/{certificateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        certificateName: certificateName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: certificatePatchSerializer(certificateEnvelope),
    });
}
async function connectedEnvironmentsCertificates_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return certificateDeserializer(result.body);
}
/** Patches a certificate. Currently only patching of tags is supported */
function connectedEnvironmentsCertificates_operations_update(context, resourceGroupName, connectedEnvironmentName, certificateName, certificateEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, connectedEnvironmentsCertificates_operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => connectedEnvironmentsCertificates_operations_updateSend(context, resourceGroupName, connectedEnvironmentName, certificateName, certificateEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function connectedEnvironmentsCertificates_operations_createOrUpdateSend(context, resourceGroupName, connectedEnvironmentName, certificateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/certificates/{certificateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        certificateName: certificateName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.certificateEnvelope
            ? options?.certificateEnvelope
            : certificateSerializer(options?.certificateEnvelope),
    });
}
async function connectedEnvironmentsCertificates_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return certificateDeserializer(result.body);
}
/** Create or Update a Certificate. */
function connectedEnvironmentsCertificates_operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, certificateName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, connectedEnvironmentsCertificates_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => connectedEnvironmentsCertificates_operations_createOrUpdateSend(context, resourceGroupName, connectedEnvironmentName, certificateName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function connectedEnvironmentsCertificates_operations_getSend(context, resourceGroupName, connectedEnvironmentName, certificateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/certificates/{certificateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        certificateName: certificateName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function connectedEnvironmentsCertificates_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return certificateDeserializer(result.body);
}
/** Get the specified Certificate. */
async function connectedEnvironmentsCertificates_operations_get(context, resourceGroupName, connectedEnvironmentName, certificateName, options = { requestOptions: {} }) {
    const result = await connectedEnvironmentsCertificates_operations_getSend(context, resourceGroupName, connectedEnvironmentName, certificateName, options);
    return connectedEnvironmentsCertificates_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/connectedEnvironmentsCertificates/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getConnectedEnvironmentsCertificates(context) {
    return {
        list: (resourceGroupName, connectedEnvironmentName, options) => connectedEnvironmentsCertificates_operations_list(context, resourceGroupName, connectedEnvironmentName, options),
        delete: (resourceGroupName, connectedEnvironmentName, certificateName, options) => connectedEnvironmentsCertificates_operations_$delete(context, resourceGroupName, connectedEnvironmentName, certificateName, options),
        beginDelete: async (resourceGroupName, connectedEnvironmentName, certificateName, options) => {
            const poller = connectedEnvironmentsCertificates_operations_$delete(context, resourceGroupName, connectedEnvironmentName, certificateName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, connectedEnvironmentName, certificateName, options) => {
            return await connectedEnvironmentsCertificates_operations_$delete(context, resourceGroupName, connectedEnvironmentName, certificateName, options);
        },
        update: (resourceGroupName, connectedEnvironmentName, certificateName, certificateEnvelope, options) => connectedEnvironmentsCertificates_operations_update(context, resourceGroupName, connectedEnvironmentName, certificateName, certificateEnvelope, options),
        beginUpdate: async (resourceGroupName, connectedEnvironmentName, certificateName, certificateEnvelope, options) => {
            const poller = connectedEnvironmentsCertificates_operations_update(context, resourceGroupName, connectedEnvironmentName, certificateName, certificateEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, connectedEnvironmentName, certificateName, certificateEnvelope, options) => {
            return await connectedEnvironmentsCertificates_operations_update(context, resourceGroupName, connectedEnvironmentName, certificateName, certificateEnvelope, options);
        },
        createOrUpdate: (resourceGroupName, connectedEnvironmentName, certificateName, options) => connectedEnvironmentsCertificates_operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, certificateName, options),
        beginCreateOrUpdate: async (resourceGroupName, connectedEnvironmentName, certificateName, options) => {
            const poller = connectedEnvironmentsCertificates_operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, certificateName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, connectedEnvironmentName, certificateName, options) => {
            return await connectedEnvironmentsCertificates_operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, certificateName, options);
        },
        get: (resourceGroupName, connectedEnvironmentName, certificateName, options) => connectedEnvironmentsCertificates_operations_get(context, resourceGroupName, connectedEnvironmentName, certificateName, options),
    };
}
function _getConnectedEnvironmentsCertificatesOperations(context) {
    return {
        ..._getConnectedEnvironmentsCertificates(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/connectedEnvironmentsDaprComponents/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listSecretsSend(context, resourceGroupName, connectedEnvironmentName, componentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/daprComponents/{componentName}/listSecrets{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        componentName: componentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listSecretsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return daprSecretsCollectionDeserializer(result.body);
}
/** List secrets for a dapr component */
async function listSecrets(context, resourceGroupName, connectedEnvironmentName, componentName, options = { requestOptions: {} }) {
    const result = await _listSecretsSend(context, resourceGroupName, connectedEnvironmentName, componentName, options);
    return _listSecretsDeserialize(result);
}
function connectedEnvironmentsDaprComponents_operations_listSend(context, resourceGroupName, connectedEnvironmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/daprComponents{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function connectedEnvironmentsDaprComponents_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _daprComponentsCollectionDeserializer(result.body);
}
/** Get the Dapr Components for a connected environment. */
function connectedEnvironmentsDaprComponents_operations_list(context, resourceGroupName, connectedEnvironmentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => connectedEnvironmentsDaprComponents_operations_listSend(context, resourceGroupName, connectedEnvironmentName, options), connectedEnvironmentsDaprComponents_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function connectedEnvironmentsDaprComponents_operations_$deleteSend(context, resourceGroupName, connectedEnvironmentName, componentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/daprComponents/{componentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        componentName: componentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function connectedEnvironmentsDaprComponents_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a Dapr Component from a connected environment. */
function connectedEnvironmentsDaprComponents_operations_$delete(context, resourceGroupName, connectedEnvironmentName, componentName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, connectedEnvironmentsDaprComponents_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => connectedEnvironmentsDaprComponents_operations_$deleteSend(context, resourceGroupName, connectedEnvironmentName, componentName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function connectedEnvironmentsDaprComponents_operations_createOrUpdateSend(context, resourceGroupName, connectedEnvironmentName, componentName, daprComponentEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/daprComponents/{componentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        componentName: componentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: daprComponentSerializer(daprComponentEnvelope),
    });
}
async function connectedEnvironmentsDaprComponents_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return daprComponentDeserializer(result.body);
}
/** Creates or updates a Dapr Component in a connected environment. */
function connectedEnvironmentsDaprComponents_operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, componentName, daprComponentEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, connectedEnvironmentsDaprComponents_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => connectedEnvironmentsDaprComponents_operations_createOrUpdateSend(context, resourceGroupName, connectedEnvironmentName, componentName, daprComponentEnvelope, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function connectedEnvironmentsDaprComponents_operations_getSend(context, resourceGroupName, connectedEnvironmentName, componentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/daprComponents/{componentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        componentName: componentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function connectedEnvironmentsDaprComponents_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return daprComponentDeserializer(result.body);
}
/** Get a dapr component. */
async function connectedEnvironmentsDaprComponents_operations_get(context, resourceGroupName, connectedEnvironmentName, componentName, options = { requestOptions: {} }) {
    const result = await connectedEnvironmentsDaprComponents_operations_getSend(context, resourceGroupName, connectedEnvironmentName, componentName, options);
    return connectedEnvironmentsDaprComponents_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/connectedEnvironmentsDaprComponents/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getConnectedEnvironmentsDaprComponents(context) {
    return {
        listSecrets: (resourceGroupName, connectedEnvironmentName, componentName, options) => listSecrets(context, resourceGroupName, connectedEnvironmentName, componentName, options),
        list: (resourceGroupName, connectedEnvironmentName, options) => connectedEnvironmentsDaprComponents_operations_list(context, resourceGroupName, connectedEnvironmentName, options),
        delete: (resourceGroupName, connectedEnvironmentName, componentName, options) => connectedEnvironmentsDaprComponents_operations_$delete(context, resourceGroupName, connectedEnvironmentName, componentName, options),
        beginDelete: async (resourceGroupName, connectedEnvironmentName, componentName, options) => {
            const poller = connectedEnvironmentsDaprComponents_operations_$delete(context, resourceGroupName, connectedEnvironmentName, componentName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, connectedEnvironmentName, componentName, options) => {
            return await connectedEnvironmentsDaprComponents_operations_$delete(context, resourceGroupName, connectedEnvironmentName, componentName, options);
        },
        createOrUpdate: (resourceGroupName, connectedEnvironmentName, componentName, daprComponentEnvelope, options) => connectedEnvironmentsDaprComponents_operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, componentName, daprComponentEnvelope, options),
        beginCreateOrUpdate: async (resourceGroupName, connectedEnvironmentName, componentName, daprComponentEnvelope, options) => {
            const poller = connectedEnvironmentsDaprComponents_operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, componentName, daprComponentEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, connectedEnvironmentName, componentName, daprComponentEnvelope, options) => {
            return await connectedEnvironmentsDaprComponents_operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, componentName, daprComponentEnvelope, options);
        },
        get: (resourceGroupName, connectedEnvironmentName, componentName, options) => connectedEnvironmentsDaprComponents_operations_get(context, resourceGroupName, connectedEnvironmentName, componentName, options),
    };
}
function _getConnectedEnvironmentsDaprComponentsOperations(context) {
    return {
        ..._getConnectedEnvironmentsDaprComponents(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/connectedEnvironmentsStorages/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function connectedEnvironmentsStorages_operations_listSend(context, resourceGroupName, connectedEnvironmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/storages{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function connectedEnvironmentsStorages_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return connectedEnvironmentStoragesCollectionDeserializer(result.body);
}
/** Get all storages for a connectedEnvironment. */
async function connectedEnvironmentsStorages_operations_list(context, resourceGroupName, connectedEnvironmentName, options = { requestOptions: {} }) {
    const result = await connectedEnvironmentsStorages_operations_listSend(context, resourceGroupName, connectedEnvironmentName, options);
    return connectedEnvironmentsStorages_operations_listDeserialize(result);
}
function connectedEnvironmentsStorages_operations_$deleteSend(context, resourceGroupName, connectedEnvironmentName, storageName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/storages/{storageName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        storageName: storageName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function connectedEnvironmentsStorages_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete storage for a connectedEnvironment. */
function connectedEnvironmentsStorages_operations_$delete(context, resourceGroupName, connectedEnvironmentName, storageName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, connectedEnvironmentsStorages_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => connectedEnvironmentsStorages_operations_$deleteSend(context, resourceGroupName, connectedEnvironmentName, storageName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function connectedEnvironmentsStorages_operations_createOrUpdateSend(context, resourceGroupName, connectedEnvironmentName, storageName, storageEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/storages/{storageName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        storageName: storageName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: connectedEnvironmentStorageSerializer(storageEnvelope),
    });
}
async function connectedEnvironmentsStorages_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return connectedEnvironmentStorageDeserializer(result.body);
}
/** Create or update storage for a connectedEnvironment. */
function connectedEnvironmentsStorages_operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, storageName, storageEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, connectedEnvironmentsStorages_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => connectedEnvironmentsStorages_operations_createOrUpdateSend(context, resourceGroupName, connectedEnvironmentName, storageName, storageEnvelope, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function connectedEnvironmentsStorages_operations_getSend(context, resourceGroupName, connectedEnvironmentName, storageName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/storages/{storageName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        connectedEnvironmentName: connectedEnvironmentName,
        storageName: storageName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function connectedEnvironmentsStorages_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return connectedEnvironmentStorageDeserializer(result.body);
}
/** Get storage for a connectedEnvironment. */
async function connectedEnvironmentsStorages_operations_get(context, resourceGroupName, connectedEnvironmentName, storageName, options = { requestOptions: {} }) {
    const result = await connectedEnvironmentsStorages_operations_getSend(context, resourceGroupName, connectedEnvironmentName, storageName, options);
    return connectedEnvironmentsStorages_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/connectedEnvironmentsStorages/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getConnectedEnvironmentsStorages(context) {
    return {
        list: (resourceGroupName, connectedEnvironmentName, options) => connectedEnvironmentsStorages_operations_list(context, resourceGroupName, connectedEnvironmentName, options),
        delete: (resourceGroupName, connectedEnvironmentName, storageName, options) => connectedEnvironmentsStorages_operations_$delete(context, resourceGroupName, connectedEnvironmentName, storageName, options),
        beginDelete: async (resourceGroupName, connectedEnvironmentName, storageName, options) => {
            const poller = connectedEnvironmentsStorages_operations_$delete(context, resourceGroupName, connectedEnvironmentName, storageName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, connectedEnvironmentName, storageName, options) => {
            return await connectedEnvironmentsStorages_operations_$delete(context, resourceGroupName, connectedEnvironmentName, storageName, options);
        },
        createOrUpdate: (resourceGroupName, connectedEnvironmentName, storageName, storageEnvelope, options) => connectedEnvironmentsStorages_operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, storageName, storageEnvelope, options),
        beginCreateOrUpdate: async (resourceGroupName, connectedEnvironmentName, storageName, storageEnvelope, options) => {
            const poller = connectedEnvironmentsStorages_operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, storageName, storageEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, connectedEnvironmentName, storageName, storageEnvelope, options) => {
            return await connectedEnvironmentsStorages_operations_createOrUpdate(context, resourceGroupName, connectedEnvironmentName, storageName, storageEnvelope, options);
        },
        get: (resourceGroupName, connectedEnvironmentName, storageName, options) => connectedEnvironmentsStorages_operations_get(context, resourceGroupName, connectedEnvironmentName, storageName, options),
    };
}
function _getConnectedEnvironmentsStoragesOperations(context) {
    return {
        ..._getConnectedEnvironmentsStorages(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppPrivateEndpointConnections/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function containerAppPrivateEndpointConnections_operations_listSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/privateEndpointConnections{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function containerAppPrivateEndpointConnections_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _privateEndpointConnectionListResultDeserializer(result.body);
}
/** Lists all private endpoint connections associated with a Container App. */
function containerAppPrivateEndpointConnections_operations_list(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => containerAppPrivateEndpointConnections_operations_listSend(context, resourceGroupName, containerAppName, options), containerAppPrivateEndpointConnections_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function containerAppPrivateEndpointConnections_operations_$deleteSend(context, resourceGroupName, containerAppName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function containerAppPrivateEndpointConnections_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the specified private endpoint connection associated with a Container App. */
function containerAppPrivateEndpointConnections_operations_$delete(context, resourceGroupName, containerAppName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, containerAppPrivateEndpointConnections_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => containerAppPrivateEndpointConnections_operations_$deleteSend(context, resourceGroupName, containerAppName, privateEndpointConnectionName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function containerAppPrivateEndpointConnections_operations_createOrUpdateSend(context, resourceGroupName, containerAppName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: privateEndpointConnectionSerializer(privateEndpointConnectionEnvelope),
    });
}
async function containerAppPrivateEndpointConnections_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateEndpointConnectionDeserializer(result.body);
}
/** Creates a private endpoint connection or updates its connection state for a Container App. */
function containerAppPrivateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, containerAppName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, containerAppPrivateEndpointConnections_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => containerAppPrivateEndpointConnections_operations_createOrUpdateSend(context, resourceGroupName, containerAppName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function containerAppPrivateEndpointConnections_operations_getSend(context, resourceGroupName, containerAppName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function containerAppPrivateEndpointConnections_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateEndpointConnectionDeserializer(result.body);
}
/** Gets the details of a private endpoint connection associated with a Container App. */
async function containerAppPrivateEndpointConnections_operations_get(context, resourceGroupName, containerAppName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const result = await containerAppPrivateEndpointConnections_operations_getSend(context, resourceGroupName, containerAppName, privateEndpointConnectionName, options);
    return containerAppPrivateEndpointConnections_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/containerAppPrivateEndpointConnections/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getContainerAppPrivateEndpointConnections(context) {
    return {
        list: (resourceGroupName, containerAppName, options) => containerAppPrivateEndpointConnections_operations_list(context, resourceGroupName, containerAppName, options),
        delete: (resourceGroupName, containerAppName, privateEndpointConnectionName, options) => containerAppPrivateEndpointConnections_operations_$delete(context, resourceGroupName, containerAppName, privateEndpointConnectionName, options),
        beginDelete: async (resourceGroupName, containerAppName, privateEndpointConnectionName, options) => {
            const poller = containerAppPrivateEndpointConnections_operations_$delete(context, resourceGroupName, containerAppName, privateEndpointConnectionName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, containerAppName, privateEndpointConnectionName, options) => {
            return await containerAppPrivateEndpointConnections_operations_$delete(context, resourceGroupName, containerAppName, privateEndpointConnectionName, options);
        },
        createOrUpdate: (resourceGroupName, containerAppName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options) => containerAppPrivateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, containerAppName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options),
        beginCreateOrUpdate: async (resourceGroupName, containerAppName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options) => {
            const poller = containerAppPrivateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, containerAppName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, containerAppName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options) => {
            return await containerAppPrivateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, containerAppName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options);
        },
        get: (resourceGroupName, containerAppName, privateEndpointConnectionName, options) => containerAppPrivateEndpointConnections_operations_get(context, resourceGroupName, containerAppName, privateEndpointConnectionName, options),
    };
}
function _getContainerAppPrivateEndpointConnectionsOperations(context) {
    return {
        ..._getContainerAppPrivateEndpointConnections(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppPrivateLinkResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function containerAppPrivateLinkResources_operations_getSend(context, resourceGroupName, containerAppName, privateLinkResourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/privateLinkResources/{privateLinkResourceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        privateLinkResourceName: privateLinkResourceName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function containerAppPrivateLinkResources_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateLinkResourceDeserializer(result.body);
}
/** Gets the details of a private link resource supported by a Container App. */
async function containerAppPrivateLinkResources_operations_get(context, resourceGroupName, containerAppName, privateLinkResourceName, options = { requestOptions: {} }) {
    const result = await containerAppPrivateLinkResources_operations_getSend(context, resourceGroupName, containerAppName, privateLinkResourceName, options);
    return containerAppPrivateLinkResources_operations_getDeserialize(result);
}
function containerAppPrivateLinkResources_operations_listSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/privateLinkResources{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function containerAppPrivateLinkResources_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _privateLinkResourceListResultDeserializer(result.body);
}
/** Lists the private link resources supported by a Container App. */
function containerAppPrivateLinkResources_operations_list(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => containerAppPrivateLinkResources_operations_listSend(context, resourceGroupName, containerAppName, options), containerAppPrivateLinkResources_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/containerAppPrivateLinkResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getContainerAppPrivateLinkResources(context) {
    return {
        get: (resourceGroupName, containerAppName, privateLinkResourceName, options) => containerAppPrivateLinkResources_operations_get(context, resourceGroupName, containerAppName, privateLinkResourceName, options),
        list: (resourceGroupName, containerAppName, options) => containerAppPrivateLinkResources_operations_list(context, resourceGroupName, containerAppName, options),
    };
}
function _getContainerAppPrivateLinkResourcesOperations(context) {
    return {
        ..._getContainerAppPrivateLinkResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerApps/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _stopSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/stop{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _stopDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppDeserializer(result.body);
}
/** Stop a container app */
function stop(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _stopDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _stopSend(context, resourceGroupName, containerAppName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function _startSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/start{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _startDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppDeserializer(result.body);
}
/** Start a container app */
function start(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _startDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _startSend(context, resourceGroupName, containerAppName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function _getAuthTokenSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/getAuthtoken{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getAuthTokenDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppAuthTokenDeserializer(result.body);
}
/** Get auth token for a container app */
async function getAuthToken(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const result = await _getAuthTokenSend(context, resourceGroupName, containerAppName, options);
    return _getAuthTokenDeserialize(result);
}
function operations_listSecretsSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/listSecrets{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listSecretsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return secretsCollectionDeserializer(result.body);
}
/** List secrets for a container app */
async function operations_listSecrets(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const result = await operations_listSecretsSend(context, resourceGroupName, containerAppName, options);
    return operations_listSecretsDeserialize(result);
}
function _listCustomHostNameAnalysisSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/listCustomHostNameAnalysis{?api%2Dversion,customHostname}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
        customHostname: options?.customHostname,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listCustomHostNameAnalysisDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return customHostnameAnalysisResultDeserializer(result.body);
}
/** Analyzes a custom hostname for a Container App */
async function listCustomHostNameAnalysis(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const result = await _listCustomHostNameAnalysisSend(context, resourceGroupName, containerAppName, options);
    return _listCustomHostNameAnalysisDeserialize(result);
}
function operations_listBySubscriptionSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.App/containerApps{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listBySubscriptionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _containerAppCollectionDeserializer(result.body);
}
/** Get the Container Apps in a given subscription. */
function operations_listBySubscription(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listBySubscriptionSend(context, options), operations_listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _containerAppCollectionDeserializer(result.body);
}
/** Get the Container Apps in a given resource group. */
function operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listByResourceGroupSend(context, resourceGroupName, options), operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function containerApps_operations_$deleteSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function containerApps_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a Container App. */
function containerApps_operations_$delete(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, containerApps_operations_$deleteDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => containerApps_operations_$deleteSend(context, resourceGroupName, containerAppName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function containerApps_operations_updateSend(context, resourceGroupName, containerAppName, containerAppEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: containerAppSerializer(containerAppEnvelope),
    });
}
async function containerApps_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppDeserializer(result.body);
}
/** Patches a Container App using JSON Merge Patch */
function containerApps_operations_update(context, resourceGroupName, containerAppName, containerAppEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, containerApps_operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => containerApps_operations_updateSend(context, resourceGroupName, containerAppName, containerAppEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function containerApps_operations_createOrUpdateSend(context, resourceGroupName, containerAppName, containerAppEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: containerAppSerializer(containerAppEnvelope),
    });
}
async function containerApps_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppDeserializer(result.body);
}
/** Create or update a Container App. */
function containerApps_operations_createOrUpdate(context, resourceGroupName, containerAppName, containerAppEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, containerApps_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => containerApps_operations_createOrUpdateSend(context, resourceGroupName, containerAppName, containerAppEnvelope, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function containerApps_operations_getSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function containerApps_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppDeserializer(result.body);
}
/** Get the properties of a Container App. */
async function containerApps_operations_get(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const result = await containerApps_operations_getSend(context, resourceGroupName, containerAppName, options);
    return containerApps_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/containerApps/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getContainerApps(context) {
    return {
        stop: (resourceGroupName, containerAppName, options) => stop(context, resourceGroupName, containerAppName, options),
        beginStop: async (resourceGroupName, containerAppName, options) => {
            const poller = stop(context, resourceGroupName, containerAppName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginStopAndWait: async (resourceGroupName, containerAppName, options) => {
            return await stop(context, resourceGroupName, containerAppName, options);
        },
        start: (resourceGroupName, containerAppName, options) => start(context, resourceGroupName, containerAppName, options),
        beginStart: async (resourceGroupName, containerAppName, options) => {
            const poller = start(context, resourceGroupName, containerAppName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginStartAndWait: async (resourceGroupName, containerAppName, options) => {
            return await start(context, resourceGroupName, containerAppName, options);
        },
        getAuthToken: (resourceGroupName, containerAppName, options) => getAuthToken(context, resourceGroupName, containerAppName, options),
        listSecrets: (resourceGroupName, containerAppName, options) => operations_listSecrets(context, resourceGroupName, containerAppName, options),
        listCustomHostNameAnalysis: (resourceGroupName, containerAppName, options) => listCustomHostNameAnalysis(context, resourceGroupName, containerAppName, options),
        listBySubscription: (options) => operations_listBySubscription(context, options),
        listByResourceGroup: (resourceGroupName, options) => operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, containerAppName, options) => containerApps_operations_$delete(context, resourceGroupName, containerAppName, options),
        beginDelete: async (resourceGroupName, containerAppName, options) => {
            const poller = containerApps_operations_$delete(context, resourceGroupName, containerAppName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, containerAppName, options) => {
            return await containerApps_operations_$delete(context, resourceGroupName, containerAppName, options);
        },
        update: (resourceGroupName, containerAppName, containerAppEnvelope, options) => containerApps_operations_update(context, resourceGroupName, containerAppName, containerAppEnvelope, options),
        beginUpdate: async (resourceGroupName, containerAppName, containerAppEnvelope, options) => {
            const poller = containerApps_operations_update(context, resourceGroupName, containerAppName, containerAppEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, containerAppName, containerAppEnvelope, options) => {
            return await containerApps_operations_update(context, resourceGroupName, containerAppName, containerAppEnvelope, options);
        },
        createOrUpdate: (resourceGroupName, containerAppName, containerAppEnvelope, options) => containerApps_operations_createOrUpdate(context, resourceGroupName, containerAppName, containerAppEnvelope, options),
        beginCreateOrUpdate: async (resourceGroupName, containerAppName, containerAppEnvelope, options) => {
            const poller = containerApps_operations_createOrUpdate(context, resourceGroupName, containerAppName, containerAppEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, containerAppName, containerAppEnvelope, options) => {
            return await containerApps_operations_createOrUpdate(context, resourceGroupName, containerAppName, containerAppEnvelope, options);
        },
        get: (resourceGroupName, containerAppName, options) => containerApps_operations_get(context, resourceGroupName, containerAppName, options),
    };
}
function _getContainerAppsOperations(context) {
    return {
        ..._getContainerApps(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsAuthConfigs/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _listByContainerAppSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/authConfigs{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByContainerAppDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _authConfigCollectionDeserializer(result.body);
}
/** Get the Container App AuthConfigs in a given resource group. */
function listByContainerApp(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByContainerAppSend(context, resourceGroupName, containerAppName, options), _listByContainerAppDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function containerAppsAuthConfigs_operations_$deleteSend(context, resourceGroupName, containerAppName, authConfigName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/authConfigs/{authConfigName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        authConfigName: authConfigName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function containerAppsAuthConfigs_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a Container App AuthConfig. */
async function containerAppsAuthConfigs_operations_$delete(context, resourceGroupName, containerAppName, authConfigName, options = { requestOptions: {} }) {
    const result = await containerAppsAuthConfigs_operations_$deleteSend(context, resourceGroupName, containerAppName, authConfigName, options);
    return containerAppsAuthConfigs_operations_$deleteDeserialize(result);
}
function containerAppsAuthConfigs_operations_createOrUpdateSend(context, resourceGroupName, containerAppName, authConfigName, authConfigEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/authConfigs/{authConfigName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        authConfigName: authConfigName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: authConfigSerializer(authConfigEnvelope),
    });
}
async function containerAppsAuthConfigs_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return authConfigDeserializer(result.body);
}
/** Create or update the AuthConfig for a Container App. */
async function containerAppsAuthConfigs_operations_createOrUpdate(context, resourceGroupName, containerAppName, authConfigName, authConfigEnvelope, options = { requestOptions: {} }) {
    const result = await containerAppsAuthConfigs_operations_createOrUpdateSend(context, resourceGroupName, containerAppName, authConfigName, authConfigEnvelope, options);
    return containerAppsAuthConfigs_operations_createOrUpdateDeserialize(result);
}
function containerAppsAuthConfigs_operations_getSend(context, resourceGroupName, containerAppName, authConfigName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/authConfigs/{authConfigName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        authConfigName: authConfigName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function containerAppsAuthConfigs_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return authConfigDeserializer(result.body);
}
/** Get a AuthConfig of a Container App. */
async function containerAppsAuthConfigs_operations_get(context, resourceGroupName, containerAppName, authConfigName, options = { requestOptions: {} }) {
    const result = await containerAppsAuthConfigs_operations_getSend(context, resourceGroupName, containerAppName, authConfigName, options);
    return containerAppsAuthConfigs_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/containerAppsAuthConfigs/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getContainerAppsAuthConfigs(context) {
    return {
        listByContainerApp: (resourceGroupName, containerAppName, options) => listByContainerApp(context, resourceGroupName, containerAppName, options),
        delete: (resourceGroupName, containerAppName, authConfigName, options) => containerAppsAuthConfigs_operations_$delete(context, resourceGroupName, containerAppName, authConfigName, options),
        createOrUpdate: (resourceGroupName, containerAppName, authConfigName, authConfigEnvelope, options) => containerAppsAuthConfigs_operations_createOrUpdate(context, resourceGroupName, containerAppName, authConfigName, authConfigEnvelope, options),
        get: (resourceGroupName, containerAppName, authConfigName, options) => containerAppsAuthConfigs_operations_get(context, resourceGroupName, containerAppName, authConfigName, options),
    };
}
function _getContainerAppsAuthConfigsOperations(context) {
    return {
        ..._getContainerAppsAuthConfigs(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsDiagnostics/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _getDetectorSend(context, resourceGroupName, containerAppName, detectorName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/detectors/{detectorName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        detectorName: detectorName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getDetectorDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return diagnosticsDeserializer(result.body);
}
/** Get a diagnostics result of a Container App. */
async function getDetector(context, resourceGroupName, containerAppName, detectorName, options = { requestOptions: {} }) {
    const result = await _getDetectorSend(context, resourceGroupName, containerAppName, detectorName, options);
    return _getDetectorDeserialize(result);
}
function _listDetectorsSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/detectors{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listDetectorsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return diagnosticsCollectionDeserializer(result.body);
}
/** Get the list of diagnostics for a given Container App. */
function listDetectors(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listDetectorsSend(context, resourceGroupName, containerAppName, options), _listDetectorsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function _getRootSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/detectorProperties/rootApi/{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getRootDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppDeserializer(result.body);
}
/** Get the properties of a Container App. */
async function getRoot(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const result = await _getRootSend(context, resourceGroupName, containerAppName, options);
    return _getRootDeserialize(result);
}
function _listRevisionsSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/detectorProperties/revisionsApi/revisions/{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
        "%24filter": options?.filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listRevisionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _revisionCollectionDeserializer(result.body);
}
/** A synchronous resource action. */
function listRevisions(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listRevisionsSend(context, resourceGroupName, containerAppName, options), _listRevisionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function _getRevisionSend(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/detectorProperties/revisionsApi/revisions/{revisionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getRevisionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return revisionDeserializer(result.body);
}
/** Get a revision of a Container App. */
async function getRevision(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const result = await _getRevisionSend(context, resourceGroupName, containerAppName, revisionName, options);
    return _getRevisionDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/containerAppsDiagnostics/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getContainerAppsDiagnostics(context) {
    return {
        getDetector: (resourceGroupName, containerAppName, detectorName, options) => getDetector(context, resourceGroupName, containerAppName, detectorName, options),
        listDetectors: (resourceGroupName, containerAppName, options) => listDetectors(context, resourceGroupName, containerAppName, options),
        getRoot: (resourceGroupName, containerAppName, options) => getRoot(context, resourceGroupName, containerAppName, options),
        listRevisions: (resourceGroupName, containerAppName, options) => listRevisions(context, resourceGroupName, containerAppName, options),
        getRevision: (resourceGroupName, containerAppName, revisionName, options) => getRevision(context, resourceGroupName, containerAppName, revisionName, options),
    };
}
function _getContainerAppsDiagnosticsOperations(context) {
    return {
        ..._getContainerAppsDiagnostics(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsFunctions/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function containerAppsFunctions_operations_listSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/functions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function containerAppsFunctions_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _containerAppsFunctionCollectionDeserializer(result.body);
}
/** Lists the functions available in the latest revision of a Container App. */
function containerAppsFunctions_operations_list(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => containerAppsFunctions_operations_listSend(context, resourceGroupName, containerAppName, options), containerAppsFunctions_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function containerAppsFunctions_operations_getSend(context, resourceGroupName, containerAppName, functionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/functions/{functionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        functionName: functionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function containerAppsFunctions_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppsFunctionDeserializer(result.body);
}
/** Gets the details of a specific function from the latest Container App revision. */
async function containerAppsFunctions_operations_get(context, resourceGroupName, containerAppName, functionName, options = { requestOptions: {} }) {
    const result = await containerAppsFunctions_operations_getSend(context, resourceGroupName, containerAppName, functionName, options);
    return containerAppsFunctions_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/containerAppsFunctions/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getContainerAppsFunctions(context) {
    return {
        list: (resourceGroupName, containerAppName, options) => containerAppsFunctions_operations_list(context, resourceGroupName, containerAppName, options),
        get: (resourceGroupName, containerAppName, functionName, options) => containerAppsFunctions_operations_get(context, resourceGroupName, containerAppName, functionName, options),
    };
}
function _getContainerAppsFunctionsOperations(context) {
    return {
        ..._getContainerAppsFunctions(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsLabelHistory/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _listLabelHistorySend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/labelHistories{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
        "%24filter": options?.filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listLabelHistoryDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _labelHistoryCollectionDeserializer(result.body);
}
/** Lists the label revision histories for a Container App. */
function listLabelHistory(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listLabelHistorySend(context, resourceGroupName, containerAppName, options), _listLabelHistoryDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function _deleteLabelHistorySend(context, resourceGroupName, containerAppName, labelName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/labelHistories/{labelName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        labelName: labelName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteLabelHistoryDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the revision history associated with a Container App label. */
async function deleteLabelHistory(context, resourceGroupName, containerAppName, labelName, options = { requestOptions: {} }) {
    const result = await _deleteLabelHistorySend(context, resourceGroupName, containerAppName, labelName, options);
    return _deleteLabelHistoryDeserialize(result);
}
function _getLabelHistorySend(context, resourceGroupName, containerAppName, labelName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/labelHistories/{labelName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        labelName: labelName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getLabelHistoryDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return labelHistoryDeserializer(result.body);
}
/** Gets the revision history associated with a Container App label. */
async function getLabelHistory(context, resourceGroupName, containerAppName, labelName, options = { requestOptions: {} }) {
    const result = await _getLabelHistorySend(context, resourceGroupName, containerAppName, labelName, options);
    return _getLabelHistoryDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/containerAppsLabelHistory/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getContainerAppsLabelHistory(context) {
    return {
        listLabelHistory: (resourceGroupName, containerAppName, options) => listLabelHistory(context, resourceGroupName, containerAppName, options),
        deleteLabelHistory: (resourceGroupName, containerAppName, labelName, options) => deleteLabelHistory(context, resourceGroupName, containerAppName, labelName, options),
        getLabelHistory: (resourceGroupName, containerAppName, labelName, options) => getLabelHistory(context, resourceGroupName, containerAppName, labelName, options),
    };
}
function _getContainerAppsLabelHistoryOperations(context) {
    return {
        ..._getContainerAppsLabelHistory(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsRevisionFunctions/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function containerAppsRevisionFunctions_operations_listSend(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/functions{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function containerAppsRevisionFunctions_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _containerAppsFunctionCollectionDeserializer(result.body);
}
/** Lists the functions available in a specific Container App revision. */
function containerAppsRevisionFunctions_operations_list(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => containerAppsRevisionFunctions_operations_listSend(context, resourceGroupName, containerAppName, revisionName, options), containerAppsRevisionFunctions_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function containerAppsRevisionFunctions_operations_getSend(context, resourceGroupName, containerAppName, revisionName, functionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/functions/{functionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        functionName: functionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function containerAppsRevisionFunctions_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppsFunctionDeserializer(result.body);
}
/** Gets the details of a specific function in a Container App revision. */
async function containerAppsRevisionFunctions_operations_get(context, resourceGroupName, containerAppName, revisionName, functionName, options = { requestOptions: {} }) {
    const result = await containerAppsRevisionFunctions_operations_getSend(context, resourceGroupName, containerAppName, revisionName, functionName, options);
    return containerAppsRevisionFunctions_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/containerAppsRevisionFunctions/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getContainerAppsRevisionFunctions(context) {
    return {
        list: (resourceGroupName, containerAppName, revisionName, options) => containerAppsRevisionFunctions_operations_list(context, resourceGroupName, containerAppName, revisionName, options),
        get: (resourceGroupName, containerAppName, revisionName, functionName, options) => containerAppsRevisionFunctions_operations_get(context, resourceGroupName, containerAppName, revisionName, functionName, options),
    };
}
function _getContainerAppsRevisionFunctionsOperations(context) {
    return {
        ..._getContainerAppsRevisionFunctions(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsRevisionReplicas/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function _listReplicasSend(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/replicas{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listReplicasDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return replicaCollectionDeserializer(result.body);
}
/** List replicas for a Container App Revision. */
async function listReplicas(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const result = await _listReplicasSend(context, resourceGroupName, containerAppName, revisionName, options);
    return _listReplicasDeserialize(result);
}
function _getReplicaSend(context, resourceGroupName, containerAppName, revisionName, replicaName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/replicas/{replicaName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        replicaName: replicaName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getReplicaDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return replicaDeserializer(result.body);
}
/** Get a replica for a Container App Revision. */
async function getReplica(context, resourceGroupName, containerAppName, revisionName, replicaName, options = { requestOptions: {} }) {
    const result = await _getReplicaSend(context, resourceGroupName, containerAppName, revisionName, replicaName, options);
    return _getReplicaDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/containerAppsRevisionReplicas/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getContainerAppsRevisionReplicas(context) {
    return {
        listReplicas: (resourceGroupName, containerAppName, revisionName, options) => listReplicas(context, resourceGroupName, containerAppName, revisionName, options),
        getReplica: (resourceGroupName, containerAppName, revisionName, replicaName, options) => getReplica(context, resourceGroupName, containerAppName, revisionName, replicaName, options),
    };
}
function _getContainerAppsRevisionReplicasOperations(context) {
    return {
        ..._getContainerAppsRevisionReplicas(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsRevisions/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _restartRevisionSend(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/restart{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _restartRevisionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Restarts a revision for a Container App */
async function restartRevision(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const result = await _restartRevisionSend(context, resourceGroupName, containerAppName, revisionName, options);
    return _restartRevisionDeserialize(result);
}
function _deactivateRevisionSend(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/deactivate{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deactivateRevisionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deactivates a revision for a Container App */
async function deactivateRevision(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const result = await _deactivateRevisionSend(context, resourceGroupName, containerAppName, revisionName, options);
    return _deactivateRevisionDeserialize(result);
}
function _activateRevisionSend(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/activate{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _activateRevisionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Activates a revision for a Container App */
async function activateRevision(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const result = await _activateRevisionSend(context, resourceGroupName, containerAppName, revisionName, options);
    return _activateRevisionDeserialize(result);
}
function operations_listRevisionsSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
        "%24filter": options?.filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listRevisionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _revisionCollectionDeserializer(result.body);
}
/** Get the Revisions for a given Container App. */
function operations_listRevisions(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listRevisionsSend(context, resourceGroupName, containerAppName, options), operations_listRevisionsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function operations_getRevisionSend(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_getRevisionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return revisionDeserializer(result.body);
}
/** Get a revision of a Container App. */
async function operations_getRevision(context, resourceGroupName, containerAppName, revisionName, options = { requestOptions: {} }) {
    const result = await operations_getRevisionSend(context, resourceGroupName, containerAppName, revisionName, options);
    return operations_getRevisionDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/containerAppsRevisions/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getContainerAppsRevisions(context) {
    return {
        restartRevision: (resourceGroupName, containerAppName, revisionName, options) => restartRevision(context, resourceGroupName, containerAppName, revisionName, options),
        deactivateRevision: (resourceGroupName, containerAppName, revisionName, options) => deactivateRevision(context, resourceGroupName, containerAppName, revisionName, options),
        activateRevision: (resourceGroupName, containerAppName, revisionName, options) => activateRevision(context, resourceGroupName, containerAppName, revisionName, options),
        listRevisions: (resourceGroupName, containerAppName, options) => operations_listRevisions(context, resourceGroupName, containerAppName, options),
        getRevision: (resourceGroupName, containerAppName, revisionName, options) => operations_getRevision(context, resourceGroupName, containerAppName, revisionName, options),
    };
}
function _getContainerAppsRevisionsOperations(context) {
    return {
        ..._getContainerAppsRevisions(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsSessionPools/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function containerAppsSessionPools_operations_listBySubscriptionSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.App/sessionPools{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function containerAppsSessionPools_operations_listBySubscriptionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _sessionPoolCollectionDeserializer(result.body);
}
/** Get the session pools in a given subscription. */
function containerAppsSessionPools_operations_listBySubscription(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => containerAppsSessionPools_operations_listBySubscriptionSend(context, options), containerAppsSessionPools_operations_listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function containerAppsSessionPools_operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sessionPools{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function containerAppsSessionPools_operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _sessionPoolCollectionDeserializer(result.body);
}
/** Get the session pools in a given resource group of a subscription. */
function containerAppsSessionPools_operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => containerAppsSessionPools_operations_listByResourceGroupSend(context, resourceGroupName, options), containerAppsSessionPools_operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function containerAppsSessionPools_operations_$deleteSend(context, resourceGroupName, sessionPoolName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sessionPools/{sessionPoolName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        sessionPoolName: sessionPoolName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function containerAppsSessionPools_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete the session pool with the given name. */
function containerAppsSessionPools_operations_$delete(context, resourceGroupName, sessionPoolName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, containerAppsSessionPools_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => containerAppsSessionPools_operations_$deleteSend(context, resourceGroupName, sessionPoolName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function containerAppsSessionPools_operations_updateSend(context, resourceGroupName, sessionPoolName, sessionPoolEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sessionPools/{sessionPoolName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        sessionPoolName: sessionPoolName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: sessionPoolUpdatablePropertiesSerializer(sessionPoolEnvelope),
    });
}
async function containerAppsSessionPools_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sessionPoolDeserializer(result.body);
}
/** Patches a session pool using JSON merge patch */
function containerAppsSessionPools_operations_update(context, resourceGroupName, sessionPoolName, sessionPoolEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, containerAppsSessionPools_operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => containerAppsSessionPools_operations_updateSend(context, resourceGroupName, sessionPoolName, sessionPoolEnvelope, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function containerAppsSessionPools_operations_createOrUpdateSend(context, resourceGroupName, sessionPoolName, sessionPoolEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sessionPools/{sessionPoolName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        sessionPoolName: sessionPoolName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: sessionPoolSerializer(sessionPoolEnvelope),
    });
}
async function containerAppsSessionPools_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sessionPoolDeserializer(result.body);
}
/** Create or update a session pool with the given properties. */
function containerAppsSessionPools_operations_createOrUpdate(context, resourceGroupName, sessionPoolName, sessionPoolEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, containerAppsSessionPools_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => containerAppsSessionPools_operations_createOrUpdateSend(context, resourceGroupName, sessionPoolName, sessionPoolEnvelope, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function containerAppsSessionPools_operations_getSend(context, resourceGroupName, sessionPoolName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sessionPools/{sessionPoolName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        sessionPoolName: sessionPoolName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function containerAppsSessionPools_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sessionPoolDeserializer(result.body);
}
/** Get the properties of a session pool. */
async function containerAppsSessionPools_operations_get(context, resourceGroupName, sessionPoolName, options = { requestOptions: {} }) {
    const result = await containerAppsSessionPools_operations_getSend(context, resourceGroupName, sessionPoolName, options);
    return containerAppsSessionPools_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/containerAppsSessionPools/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getContainerAppsSessionPools(context) {
    return {
        listBySubscription: (options) => containerAppsSessionPools_operations_listBySubscription(context, options),
        listByResourceGroup: (resourceGroupName, options) => containerAppsSessionPools_operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, sessionPoolName, options) => containerAppsSessionPools_operations_$delete(context, resourceGroupName, sessionPoolName, options),
        beginDelete: async (resourceGroupName, sessionPoolName, options) => {
            const poller = containerAppsSessionPools_operations_$delete(context, resourceGroupName, sessionPoolName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, sessionPoolName, options) => {
            return await containerAppsSessionPools_operations_$delete(context, resourceGroupName, sessionPoolName, options);
        },
        update: (resourceGroupName, sessionPoolName, sessionPoolEnvelope, options) => containerAppsSessionPools_operations_update(context, resourceGroupName, sessionPoolName, sessionPoolEnvelope, options),
        beginUpdate: async (resourceGroupName, sessionPoolName, sessionPoolEnvelope, options) => {
            const poller = containerAppsSessionPools_operations_update(context, resourceGroupName, sessionPoolName, sessionPoolEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, sessionPoolName, sessionPoolEnvelope, options) => {
            return await containerAppsSessionPools_operations_update(context, resourceGroupName, sessionPoolName, sessionPoolEnvelope, options);
        },
        createOrUpdate: (resourceGroupName, sessionPoolName, sessionPoolEnvelope, options) => containerAppsSessionPools_operations_createOrUpdate(context, resourceGroupName, sessionPoolName, sessionPoolEnvelope, options),
        beginCreateOrUpdate: async (resourceGroupName, sessionPoolName, sessionPoolEnvelope, options) => {
            const poller = containerAppsSessionPools_operations_createOrUpdate(context, resourceGroupName, sessionPoolName, sessionPoolEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, sessionPoolName, sessionPoolEnvelope, options) => {
            return await containerAppsSessionPools_operations_createOrUpdate(context, resourceGroupName, sessionPoolName, sessionPoolEnvelope, options);
        },
        get: (resourceGroupName, sessionPoolName, options) => containerAppsSessionPools_operations_get(context, resourceGroupName, sessionPoolName, options),
    };
}
function _getContainerAppsSessionPoolsOperations(context) {
    return {
        ..._getContainerAppsSessionPools(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/containerAppsSourceControls/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function operations_listByContainerAppSend(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/sourcecontrols{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listByContainerAppDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _sourceControlCollectionDeserializer(result.body);
}
/** Get the Container App SourceControls in a given resource group. */
function operations_listByContainerApp(context, resourceGroupName, containerAppName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listByContainerAppSend(context, resourceGroupName, containerAppName, options), operations_listByContainerAppDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function containerAppsSourceControls_operations_$deleteSend(context, resourceGroupName, containerAppName, sourceControlName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/sourcecontrols/{sourceControlName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        sourceControlName: sourceControlName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function containerAppsSourceControls_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a Container App SourceControl. */
function containerAppsSourceControls_operations_$delete(context, resourceGroupName, containerAppName, sourceControlName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, containerAppsSourceControls_operations_$deleteDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => containerAppsSourceControls_operations_$deleteSend(context, resourceGroupName, containerAppName, sourceControlName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function containerAppsSourceControls_operations_createOrUpdateSend(context, resourceGroupName, containerAppName, sourceControlName, sourceControlEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/sourcecontrols/{sourceControlName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        sourceControlName: sourceControlName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: sourceControlSerializer(sourceControlEnvelope),
    });
}
async function containerAppsSourceControls_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sourceControlDeserializer(result.body);
}
/** Create or update the SourceControl for a Container App. */
function containerAppsSourceControls_operations_createOrUpdate(context, resourceGroupName, containerAppName, sourceControlName, sourceControlEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, containerAppsSourceControls_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => containerAppsSourceControls_operations_createOrUpdateSend(context, resourceGroupName, containerAppName, sourceControlName, sourceControlEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function containerAppsSourceControls_operations_getSend(context, resourceGroupName, containerAppName, sourceControlName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/sourcecontrols/{sourceControlName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        sourceControlName: sourceControlName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function containerAppsSourceControls_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sourceControlDeserializer(result.body);
}
/** Get a SourceControl of a Container App. */
async function containerAppsSourceControls_operations_get(context, resourceGroupName, containerAppName, sourceControlName, options = { requestOptions: {} }) {
    const result = await containerAppsSourceControls_operations_getSend(context, resourceGroupName, containerAppName, sourceControlName, options);
    return containerAppsSourceControls_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/containerAppsSourceControls/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getContainerAppsSourceControls(context) {
    return {
        listByContainerApp: (resourceGroupName, containerAppName, options) => operations_listByContainerApp(context, resourceGroupName, containerAppName, options),
        delete: (resourceGroupName, containerAppName, sourceControlName, options) => containerAppsSourceControls_operations_$delete(context, resourceGroupName, containerAppName, sourceControlName, options),
        beginDelete: async (resourceGroupName, containerAppName, sourceControlName, options) => {
            const poller = containerAppsSourceControls_operations_$delete(context, resourceGroupName, containerAppName, sourceControlName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, containerAppName, sourceControlName, options) => {
            return await containerAppsSourceControls_operations_$delete(context, resourceGroupName, containerAppName, sourceControlName, options);
        },
        createOrUpdate: (resourceGroupName, containerAppName, sourceControlName, sourceControlEnvelope, options) => containerAppsSourceControls_operations_createOrUpdate(context, resourceGroupName, containerAppName, sourceControlName, sourceControlEnvelope, options),
        beginCreateOrUpdate: async (resourceGroupName, containerAppName, sourceControlName, sourceControlEnvelope, options) => {
            const poller = containerAppsSourceControls_operations_createOrUpdate(context, resourceGroupName, containerAppName, sourceControlName, sourceControlEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, containerAppName, sourceControlName, sourceControlEnvelope, options) => {
            return await containerAppsSourceControls_operations_createOrUpdate(context, resourceGroupName, containerAppName, sourceControlName, sourceControlEnvelope, options);
        },
        get: (resourceGroupName, containerAppName, sourceControlName, options) => containerAppsSourceControls_operations_get(context, resourceGroupName, containerAppName, sourceControlName, options),
    };
}
function _getContainerAppsSourceControlsOperations(context) {
    return {
        ..._getContainerAppsSourceControls(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/daprComponentResiliencyPolicies/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function daprComponentResiliencyPolicies_operations_listSend(context, resourceGroupName, environmentName, componentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/daprComponents/{componentName}/resiliencyPolicies{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        componentName: componentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function daprComponentResiliencyPolicies_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _daprComponentResiliencyPoliciesCollectionDeserializer(result.body);
}
/** Lists the resiliency policies configured for a Dapr component. */
function daprComponentResiliencyPolicies_operations_list(context, resourceGroupName, environmentName, componentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => daprComponentResiliencyPolicies_operations_listSend(context, resourceGroupName, environmentName, componentName, options), daprComponentResiliencyPolicies_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function daprComponentResiliencyPolicies_operations_$deleteSend(context, resourceGroupName, environmentName, componentName, name, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/daprComponents/{componentName}/resiliencyPolicies/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        componentName: componentName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function daprComponentResiliencyPolicies_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a resiliency policy for a Dapr component. */
async function daprComponentResiliencyPolicies_operations_$delete(context, resourceGroupName, environmentName, componentName, name, options = { requestOptions: {} }) {
    const result = await daprComponentResiliencyPolicies_operations_$deleteSend(context, resourceGroupName, environmentName, componentName, name, options);
    return daprComponentResiliencyPolicies_operations_$deleteDeserialize(result);
}
function daprComponentResiliencyPolicies_operations_createOrUpdateSend(context, resourceGroupName, environmentName, componentName, name, daprComponentResiliencyPolicyEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/daprComponents/{componentName}/resiliencyPolicies/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        componentName: componentName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: daprComponentResiliencyPolicySerializer(daprComponentResiliencyPolicyEnvelope),
    });
}
async function daprComponentResiliencyPolicies_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return daprComponentResiliencyPolicyDeserializer(result.body);
}
/** Creates or updates a resiliency policy for a Dapr component. */
async function daprComponentResiliencyPolicies_operations_createOrUpdate(context, resourceGroupName, environmentName, componentName, name, daprComponentResiliencyPolicyEnvelope, options = { requestOptions: {} }) {
    const result = await daprComponentResiliencyPolicies_operations_createOrUpdateSend(context, resourceGroupName, environmentName, componentName, name, daprComponentResiliencyPolicyEnvelope, options);
    return daprComponentResiliencyPolicies_operations_createOrUpdateDeserialize(result);
}
function daprComponentResiliencyPolicies_operations_getSend(context, resourceGroupName, environmentName, componentName, name, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/daprComponents/{componentName}/resiliencyPolicies/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        componentName: componentName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function daprComponentResiliencyPolicies_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return daprComponentResiliencyPolicyDeserializer(result.body);
}
/** Gets the details of a resiliency policy for a Dapr component. */
async function daprComponentResiliencyPolicies_operations_get(context, resourceGroupName, environmentName, componentName, name, options = { requestOptions: {} }) {
    const result = await daprComponentResiliencyPolicies_operations_getSend(context, resourceGroupName, environmentName, componentName, name, options);
    return daprComponentResiliencyPolicies_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/daprComponentResiliencyPolicies/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getDaprComponentResiliencyPolicies(context) {
    return {
        list: (resourceGroupName, environmentName, componentName, options) => daprComponentResiliencyPolicies_operations_list(context, resourceGroupName, environmentName, componentName, options),
        delete: (resourceGroupName, environmentName, componentName, name, options) => daprComponentResiliencyPolicies_operations_$delete(context, resourceGroupName, environmentName, componentName, name, options),
        createOrUpdate: (resourceGroupName, environmentName, componentName, name, daprComponentResiliencyPolicyEnvelope, options) => daprComponentResiliencyPolicies_operations_createOrUpdate(context, resourceGroupName, environmentName, componentName, name, daprComponentResiliencyPolicyEnvelope, options),
        get: (resourceGroupName, environmentName, componentName, name, options) => daprComponentResiliencyPolicies_operations_get(context, resourceGroupName, environmentName, componentName, name, options),
    };
}
function _getDaprComponentResiliencyPoliciesOperations(context) {
    return {
        ..._getDaprComponentResiliencyPolicies(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/daprComponents/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function daprComponents_operations_listSecretsSend(context, resourceGroupName, environmentName, componentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/daprComponents/{componentName}/listSecrets{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        componentName: componentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function daprComponents_operations_listSecretsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return daprSecretsCollectionDeserializer(result.body);
}
/** List secrets for a dapr component */
async function daprComponents_operations_listSecrets(context, resourceGroupName, environmentName, componentName, options = { requestOptions: {} }) {
    const result = await daprComponents_operations_listSecretsSend(context, resourceGroupName, environmentName, componentName, options);
    return daprComponents_operations_listSecretsDeserialize(result);
}
function daprComponents_operations_listSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/daprComponents{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function daprComponents_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _daprComponentsCollectionDeserializer(result.body);
}
/** Get the Dapr Components for a managed environment. */
function daprComponents_operations_list(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => daprComponents_operations_listSend(context, resourceGroupName, environmentName, options), daprComponents_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function daprComponents_operations_$deleteSend(context, resourceGroupName, environmentName, componentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/daprComponents/{componentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        componentName: componentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function daprComponents_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a Dapr Component from a Managed Environment. */
async function daprComponents_operations_$delete(context, resourceGroupName, environmentName, componentName, options = { requestOptions: {} }) {
    const result = await daprComponents_operations_$deleteSend(context, resourceGroupName, environmentName, componentName, options);
    return daprComponents_operations_$deleteDeserialize(result);
}
function daprComponents_operations_createOrUpdateSend(context, resourceGroupName, environmentName, componentName, daprComponentEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/daprComponents/{componentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        componentName: componentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: daprComponentSerializer(daprComponentEnvelope),
    });
}
async function daprComponents_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return daprComponentDeserializer(result.body);
}
/** Creates or updates a Dapr Component in a Managed Environment. */
async function daprComponents_operations_createOrUpdate(context, resourceGroupName, environmentName, componentName, daprComponentEnvelope, options = { requestOptions: {} }) {
    const result = await daprComponents_operations_createOrUpdateSend(context, resourceGroupName, environmentName, componentName, daprComponentEnvelope, options);
    return daprComponents_operations_createOrUpdateDeserialize(result);
}
function daprComponents_operations_getSend(context, resourceGroupName, environmentName, componentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/daprComponents/{componentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        componentName: componentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function daprComponents_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return daprComponentDeserializer(result.body);
}
/** Get a dapr component. */
async function daprComponents_operations_get(context, resourceGroupName, environmentName, componentName, options = { requestOptions: {} }) {
    const result = await daprComponents_operations_getSend(context, resourceGroupName, environmentName, componentName, options);
    return daprComponents_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/daprComponents/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getDaprComponents(context) {
    return {
        listSecrets: (resourceGroupName, environmentName, componentName, options) => daprComponents_operations_listSecrets(context, resourceGroupName, environmentName, componentName, options),
        list: (resourceGroupName, environmentName, options) => daprComponents_operations_list(context, resourceGroupName, environmentName, options),
        delete: (resourceGroupName, environmentName, componentName, options) => daprComponents_operations_$delete(context, resourceGroupName, environmentName, componentName, options),
        createOrUpdate: (resourceGroupName, environmentName, componentName, daprComponentEnvelope, options) => daprComponents_operations_createOrUpdate(context, resourceGroupName, environmentName, componentName, daprComponentEnvelope, options),
        get: (resourceGroupName, environmentName, componentName, options) => daprComponents_operations_get(context, resourceGroupName, environmentName, componentName, options),
    };
}
function _getDaprComponentsOperations(context) {
    return {
        ..._getDaprComponents(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/dotNetComponents/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function dotNetComponents_operations_listSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/dotNetComponents{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function dotNetComponents_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _dotNetComponentsCollectionDeserializer(result.body);
}
/** Lists the .NET components in a managed environment. */
function dotNetComponents_operations_list(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => dotNetComponents_operations_listSend(context, resourceGroupName, environmentName, options), dotNetComponents_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function dotNetComponents_operations_$deleteSend(context, resourceGroupName, environmentName, name, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/dotNetComponents/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function dotNetComponents_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a .NET component from a managed environment. */
function dotNetComponents_operations_$delete(context, resourceGroupName, environmentName, name, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, dotNetComponents_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => dotNetComponents_operations_$deleteSend(context, resourceGroupName, environmentName, name, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function dotNetComponents_operations_updateSend(context, resourceGroupName, environmentName, name, dotNetComponentEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/dotNetComponents/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: dotNetComponentSerializer(dotNetComponentEnvelope),
    });
}
async function dotNetComponents_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return dotNetComponentDeserializer(result.body);
}
/** Patches a .NET Component using JSON Merge Patch */
function dotNetComponents_operations_update(context, resourceGroupName, environmentName, name, dotNetComponentEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, dotNetComponents_operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => dotNetComponents_operations_updateSend(context, resourceGroupName, environmentName, name, dotNetComponentEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function dotNetComponents_operations_createOrUpdateSend(context, resourceGroupName, environmentName, name, dotNetComponentEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/dotNetComponents/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: dotNetComponentSerializer(dotNetComponentEnvelope),
    });
}
async function dotNetComponents_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return dotNetComponentDeserializer(result.body);
}
/** Creates or updates a .NET Component in a Managed Environment. */
function dotNetComponents_operations_createOrUpdate(context, resourceGroupName, environmentName, name, dotNetComponentEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, dotNetComponents_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => dotNetComponents_operations_createOrUpdateSend(context, resourceGroupName, environmentName, name, dotNetComponentEnvelope, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function dotNetComponents_operations_getSend(context, resourceGroupName, environmentName, name, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/dotNetComponents/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function dotNetComponents_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return dotNetComponentDeserializer(result.body);
}
/** Gets the details of a .NET component in a managed environment. */
async function dotNetComponents_operations_get(context, resourceGroupName, environmentName, name, options = { requestOptions: {} }) {
    const result = await dotNetComponents_operations_getSend(context, resourceGroupName, environmentName, name, options);
    return dotNetComponents_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/dotNetComponents/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getDotNetComponents(context) {
    return {
        list: (resourceGroupName, environmentName, options) => dotNetComponents_operations_list(context, resourceGroupName, environmentName, options),
        delete: (resourceGroupName, environmentName, name, options) => dotNetComponents_operations_$delete(context, resourceGroupName, environmentName, name, options),
        beginDelete: async (resourceGroupName, environmentName, name, options) => {
            const poller = dotNetComponents_operations_$delete(context, resourceGroupName, environmentName, name, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, environmentName, name, options) => {
            return await dotNetComponents_operations_$delete(context, resourceGroupName, environmentName, name, options);
        },
        update: (resourceGroupName, environmentName, name, dotNetComponentEnvelope, options) => dotNetComponents_operations_update(context, resourceGroupName, environmentName, name, dotNetComponentEnvelope, options),
        beginUpdate: async (resourceGroupName, environmentName, name, dotNetComponentEnvelope, options) => {
            const poller = dotNetComponents_operations_update(context, resourceGroupName, environmentName, name, dotNetComponentEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, environmentName, name, dotNetComponentEnvelope, options) => {
            return await dotNetComponents_operations_update(context, resourceGroupName, environmentName, name, dotNetComponentEnvelope, options);
        },
        createOrUpdate: (resourceGroupName, environmentName, name, dotNetComponentEnvelope, options) => dotNetComponents_operations_createOrUpdate(context, resourceGroupName, environmentName, name, dotNetComponentEnvelope, options),
        beginCreateOrUpdate: async (resourceGroupName, environmentName, name, dotNetComponentEnvelope, options) => {
            const poller = dotNetComponents_operations_createOrUpdate(context, resourceGroupName, environmentName, name, dotNetComponentEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, environmentName, name, dotNetComponentEnvelope, options) => {
            return await dotNetComponents_operations_createOrUpdate(context, resourceGroupName, environmentName, name, dotNetComponentEnvelope, options);
        },
        get: (resourceGroupName, environmentName, name, options) => dotNetComponents_operations_get(context, resourceGroupName, environmentName, name, options),
    };
}
function _getDotNetComponentsOperations(context) {
    return {
        ..._getDotNetComponents(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/functionsExtension/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function _invokeFunctionsHostSend(context, resourceGroupName, containerAppName, revisionName, functionAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/providers/Microsoft.App/functions/{functionAppName}/invoke{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        revisionName: revisionName,
        functionAppName: functionAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "text/plain", ...options.requestOptions?.headers },
    });
}
async function _invokeFunctionsHostDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return { body: result.body };
}
/** Proxies a Functions host call to the function app backed by the container app. */
async function invokeFunctionsHost(context, resourceGroupName, containerAppName, revisionName, functionAppName, options = { requestOptions: {} }) {
    const result = await _invokeFunctionsHostSend(context, resourceGroupName, containerAppName, revisionName, functionAppName, options);
    return _invokeFunctionsHostDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/functionsExtension/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getFunctionsExtension(context) {
    return {
        invokeFunctionsHost: (resourceGroupName, containerAppName, revisionName, functionAppName, options) => invokeFunctionsHost(context, resourceGroupName, containerAppName, revisionName, functionAppName, options),
    };
}
function _getFunctionsExtensionOperations(context) {
    return {
        ..._getFunctionsExtension(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/httpRouteConfig/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function httpRouteConfig_operations_listSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/httpRouteConfigs{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function httpRouteConfig_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _httpRouteConfigCollectionDeserializer(result.body);
}
/** Get the Managed Http Routes in a given managed environment. */
function httpRouteConfig_operations_list(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => httpRouteConfig_operations_listSend(context, resourceGroupName, environmentName, options), httpRouteConfig_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function httpRouteConfig_operations_$deleteSend(context, resourceGroupName, environmentName, httpRouteName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/httpRouteConfigs/{httpRouteName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        httpRouteName: httpRouteName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function httpRouteConfig_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the specified Managed Http Route. */
function httpRouteConfig_operations_$delete(context, resourceGroupName, environmentName, httpRouteName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, httpRouteConfig_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => httpRouteConfig_operations_$deleteSend(context, resourceGroupName, environmentName, httpRouteName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function httpRouteConfig_operations_updateSend(context, resourceGroupName, environmentName, httpRouteName, httpRouteConfigEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/httpRouteConfigs/{httpRouteName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        httpRouteName: httpRouteName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: httpRouteConfigSerializer(httpRouteConfigEnvelope),
    });
}
async function httpRouteConfig_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return httpRouteConfigDeserializer(result.body);
}
/** Patches an http route config resource. Only patching of tags is supported */
async function httpRouteConfig_operations_update(context, resourceGroupName, environmentName, httpRouteName, httpRouteConfigEnvelope, options = { requestOptions: {} }) {
    const result = await httpRouteConfig_operations_updateSend(context, resourceGroupName, environmentName, httpRouteName, httpRouteConfigEnvelope, options);
    return httpRouteConfig_operations_updateDeserialize(result);
}
function httpRouteConfig_operations_createOrUpdateSend(context, resourceGroupName, environmentName, httpRouteName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/httpRouteConfigs/{httpRouteName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        httpRouteName: httpRouteName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.httpRouteConfigEnvelope
            ? options?.httpRouteConfigEnvelope
            : httpRouteConfigSerializer(options?.httpRouteConfigEnvelope),
    });
}
async function httpRouteConfig_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return httpRouteConfigDeserializer(result.body);
}
/** Create or Update a Http Route Config. */
async function httpRouteConfig_operations_createOrUpdate(context, resourceGroupName, environmentName, httpRouteName, options = { requestOptions: {} }) {
    const result = await httpRouteConfig_operations_createOrUpdateSend(context, resourceGroupName, environmentName, httpRouteName, options);
    return httpRouteConfig_operations_createOrUpdateDeserialize(result);
}
function httpRouteConfig_operations_getSend(context, resourceGroupName, environmentName, httpRouteName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/httpRouteConfigs/{httpRouteName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        httpRouteName: httpRouteName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function httpRouteConfig_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return httpRouteConfigDeserializer(result.body);
}
/** Get the specified Managed Http Route Config. */
async function httpRouteConfig_operations_get(context, resourceGroupName, environmentName, httpRouteName, options = { requestOptions: {} }) {
    const result = await httpRouteConfig_operations_getSend(context, resourceGroupName, environmentName, httpRouteName, options);
    return httpRouteConfig_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/httpRouteConfig/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getHttpRouteConfig(context) {
    return {
        list: (resourceGroupName, environmentName, options) => httpRouteConfig_operations_list(context, resourceGroupName, environmentName, options),
        delete: (resourceGroupName, environmentName, httpRouteName, options) => httpRouteConfig_operations_$delete(context, resourceGroupName, environmentName, httpRouteName, options),
        beginDelete: async (resourceGroupName, environmentName, httpRouteName, options) => {
            const poller = httpRouteConfig_operations_$delete(context, resourceGroupName, environmentName, httpRouteName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, environmentName, httpRouteName, options) => {
            return await httpRouteConfig_operations_$delete(context, resourceGroupName, environmentName, httpRouteName, options);
        },
        update: (resourceGroupName, environmentName, httpRouteName, httpRouteConfigEnvelope, options) => httpRouteConfig_operations_update(context, resourceGroupName, environmentName, httpRouteName, httpRouteConfigEnvelope, options),
        createOrUpdate: (resourceGroupName, environmentName, httpRouteName, options) => httpRouteConfig_operations_createOrUpdate(context, resourceGroupName, environmentName, httpRouteName, options),
        get: (resourceGroupName, environmentName, httpRouteName, options) => httpRouteConfig_operations_get(context, resourceGroupName, environmentName, httpRouteName, options),
    };
}
function _getHttpRouteConfigOperations(context) {
    return {
        ..._getHttpRouteConfig(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/javaComponents/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function javaComponents_operations_listSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/javaComponents{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function javaComponents_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _javaComponentsCollectionDeserializer(result.body);
}
/** Get the Java Components for a managed environment. */
function javaComponents_operations_list(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => javaComponents_operations_listSend(context, resourceGroupName, environmentName, options), javaComponents_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function javaComponents_operations_$deleteSend(context, resourceGroupName, environmentName, name, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/javaComponents/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function javaComponents_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a Java Component. */
function javaComponents_operations_$delete(context, resourceGroupName, environmentName, name, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, javaComponents_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => javaComponents_operations_$deleteSend(context, resourceGroupName, environmentName, name, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function javaComponents_operations_updateSend(context, resourceGroupName, environmentName, name, javaComponentEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/javaComponents/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: javaComponentSerializer(javaComponentEnvelope),
    });
}
async function javaComponents_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return javaComponentDeserializer(result.body);
}
/** Patches a Java Component using JSON Merge Patch */
function javaComponents_operations_update(context, resourceGroupName, environmentName, name, javaComponentEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, javaComponents_operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => javaComponents_operations_updateSend(context, resourceGroupName, environmentName, name, javaComponentEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function javaComponents_operations_createOrUpdateSend(context, resourceGroupName, environmentName, name, javaComponentEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/javaComponents/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: javaComponentSerializer(javaComponentEnvelope),
    });
}
async function javaComponents_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return javaComponentDeserializer(result.body);
}
/** Creates or updates a Java Component in a Managed Environment. */
function javaComponents_operations_createOrUpdate(context, resourceGroupName, environmentName, name, javaComponentEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, javaComponents_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => javaComponents_operations_createOrUpdateSend(context, resourceGroupName, environmentName, name, javaComponentEnvelope, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function javaComponents_operations_getSend(context, resourceGroupName, environmentName, name, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/javaComponents/{name}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        name: name,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function javaComponents_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return javaComponentDeserializer(result.body);
}
/** Get a Java Component. */
async function javaComponents_operations_get(context, resourceGroupName, environmentName, name, options = { requestOptions: {} }) {
    const result = await javaComponents_operations_getSend(context, resourceGroupName, environmentName, name, options);
    return javaComponents_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/javaComponents/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getJavaComponents(context) {
    return {
        list: (resourceGroupName, environmentName, options) => javaComponents_operations_list(context, resourceGroupName, environmentName, options),
        delete: (resourceGroupName, environmentName, name, options) => javaComponents_operations_$delete(context, resourceGroupName, environmentName, name, options),
        beginDelete: async (resourceGroupName, environmentName, name, options) => {
            const poller = javaComponents_operations_$delete(context, resourceGroupName, environmentName, name, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, environmentName, name, options) => {
            return await javaComponents_operations_$delete(context, resourceGroupName, environmentName, name, options);
        },
        update: (resourceGroupName, environmentName, name, javaComponentEnvelope, options) => javaComponents_operations_update(context, resourceGroupName, environmentName, name, javaComponentEnvelope, options),
        beginUpdate: async (resourceGroupName, environmentName, name, javaComponentEnvelope, options) => {
            const poller = javaComponents_operations_update(context, resourceGroupName, environmentName, name, javaComponentEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, environmentName, name, javaComponentEnvelope, options) => {
            return await javaComponents_operations_update(context, resourceGroupName, environmentName, name, javaComponentEnvelope, options);
        },
        createOrUpdate: (resourceGroupName, environmentName, name, javaComponentEnvelope, options) => javaComponents_operations_createOrUpdate(context, resourceGroupName, environmentName, name, javaComponentEnvelope, options),
        beginCreateOrUpdate: async (resourceGroupName, environmentName, name, javaComponentEnvelope, options) => {
            const poller = javaComponents_operations_createOrUpdate(context, resourceGroupName, environmentName, name, javaComponentEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, environmentName, name, javaComponentEnvelope, options) => {
            return await javaComponents_operations_createOrUpdate(context, resourceGroupName, environmentName, name, javaComponentEnvelope, options);
        },
        get: (resourceGroupName, environmentName, name, options) => javaComponents_operations_get(context, resourceGroupName, environmentName, name, options),
    };
}
function _getJavaComponentsOperations(context) {
    return {
        ..._getJavaComponents(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/jobs/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function operations_getDetectorSend(context, resourceGroupName, jobName, detectorName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/detectors/{detectorName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        detectorName: detectorName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_getDetectorDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return diagnosticsDeserializer(result.body);
}
/** Get the diagnostics data for a Container App Job. */
async function operations_getDetector(context, resourceGroupName, jobName, detectorName, options = { requestOptions: {} }) {
    const result = await operations_getDetectorSend(context, resourceGroupName, jobName, detectorName, options);
    return operations_getDetectorDeserialize(result);
}
function operations_listDetectorsSend(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/detectors{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_listDetectorsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return diagnosticsCollectionDeserializer(result.body);
}
/** Get the list of diagnostics for a Container App Job. */
function operations_listDetectors(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_listDetectorsSend(context, resourceGroupName, jobName, options), operations_listDetectorsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function _proxyGetSend(context, resourceGroupName, jobName, apiName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/detectorProperties/{apiName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        apiName: apiName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _proxyGetDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return jobDeserializer(result.body);
}
/** Get the properties for a given Container App Job. */
async function proxyGet(context, resourceGroupName, jobName, apiName, options = { requestOptions: {} }) {
    const result = await _proxyGetSend(context, resourceGroupName, jobName, apiName, options);
    return _proxyGetDeserialize(result);
}
function _stopExecutionSend(context, resourceGroupName, jobName, jobExecutionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/executions/{jobExecutionName}/stop{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        jobExecutionName: jobExecutionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _stopExecutionDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Terminates execution of a running container apps job */
function stopExecution(context, resourceGroupName, jobName, jobExecutionName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _stopExecutionDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _stopExecutionSend(context, resourceGroupName, jobName, jobExecutionName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function _suspendSend(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/suspend{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _suspendDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return jobDeserializer(result.body);
}
/** Suspends execution for a running Container Apps job. */
function suspend(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _suspendDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _suspendSend(context, resourceGroupName, jobName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function _resumeSend(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/resume{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _resumeDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return jobDeserializer(result.body);
}
/** Resumes execution for a suspended Container Apps job. */
function resume(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _resumeDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _resumeSend(context, resourceGroupName, jobName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function jobs_operations_listSecretsSend(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/listSecrets{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function jobs_operations_listSecretsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return jobSecretsCollectionDeserializer(result.body);
}
/** List secrets for a container apps job */
async function jobs_operations_listSecrets(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    const result = await jobs_operations_listSecretsSend(context, resourceGroupName, jobName, options);
    return jobs_operations_listSecretsDeserialize(result);
}
function _stopMultipleExecutionsSend(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/stop{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _stopMultipleExecutionsDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppJobExecutionsDeserializer(result.body);
}
/** Terminates execution of a running container apps job */
function stopMultipleExecutions(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, _stopMultipleExecutionsDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _stopMultipleExecutionsSend(context, resourceGroupName, jobName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function operations_startSend(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/start{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.template
            ? options?.template
            : jobExecutionTemplateSerializer(options?.template),
    });
}
async function operations_startDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return jobExecutionBaseDeserializer(result.body);
}
/** Start a Container Apps Job */
function operations_start(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, operations_startDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => operations_startSend(context, resourceGroupName, jobName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function jobs_operations_listBySubscriptionSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.App/jobs{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function jobs_operations_listBySubscriptionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _jobsCollectionDeserializer(result.body);
}
/** Get the Container Apps Jobs in a given subscription. */
function jobs_operations_listBySubscription(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => jobs_operations_listBySubscriptionSend(context, options), jobs_operations_listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function jobs_operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function jobs_operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _jobsCollectionDeserializer(result.body);
}
/** Get the Container Apps Jobs in a given resource group. */
function jobs_operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => jobs_operations_listByResourceGroupSend(context, resourceGroupName, options), jobs_operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function jobs_operations_$deleteSend(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function jobs_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a Container Apps Job. */
function jobs_operations_$delete(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, jobs_operations_$deleteDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => jobs_operations_$deleteSend(context, resourceGroupName, jobName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function jobs_operations_updateSend(context, resourceGroupName, jobName, jobEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: jobPatchPropertiesSerializer(jobEnvelope),
    });
}
async function jobs_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return jobDeserializer(result.body);
}
/** Patches a Container Apps Job using JSON Merge Patch */
function jobs_operations_update(context, resourceGroupName, jobName, jobEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, jobs_operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => jobs_operations_updateSend(context, resourceGroupName, jobName, jobEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function jobs_operations_createOrUpdateSend(context, resourceGroupName, jobName, jobEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: jobSerializer(jobEnvelope),
    });
}
async function jobs_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return jobDeserializer(result.body);
}
/** Create or Update a Container Apps Job. */
function jobs_operations_createOrUpdate(context, resourceGroupName, jobName, jobEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, jobs_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => jobs_operations_createOrUpdateSend(context, resourceGroupName, jobName, jobEnvelope, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function jobs_operations_getSend(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function jobs_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return jobDeserializer(result.body);
}
/** Get the properties of a Container Apps Job. */
async function jobs_operations_get(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    const result = await jobs_operations_getSend(context, resourceGroupName, jobName, options);
    return jobs_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/jobs/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getJobs(context) {
    return {
        getDetector: (resourceGroupName, jobName, detectorName, options) => operations_getDetector(context, resourceGroupName, jobName, detectorName, options),
        listDetectors: (resourceGroupName, jobName, options) => operations_listDetectors(context, resourceGroupName, jobName, options),
        proxyGet: (resourceGroupName, jobName, apiName, options) => proxyGet(context, resourceGroupName, jobName, apiName, options),
        stopExecution: (resourceGroupName, jobName, jobExecutionName, options) => stopExecution(context, resourceGroupName, jobName, jobExecutionName, options),
        beginStopExecution: async (resourceGroupName, jobName, jobExecutionName, options) => {
            const poller = stopExecution(context, resourceGroupName, jobName, jobExecutionName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginStopExecutionAndWait: async (resourceGroupName, jobName, jobExecutionName, options) => {
            return await stopExecution(context, resourceGroupName, jobName, jobExecutionName, options);
        },
        suspend: (resourceGroupName, jobName, options) => suspend(context, resourceGroupName, jobName, options),
        beginSuspend: async (resourceGroupName, jobName, options) => {
            const poller = suspend(context, resourceGroupName, jobName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginSuspendAndWait: async (resourceGroupName, jobName, options) => {
            return await suspend(context, resourceGroupName, jobName, options);
        },
        resume: (resourceGroupName, jobName, options) => resume(context, resourceGroupName, jobName, options),
        beginResume: async (resourceGroupName, jobName, options) => {
            const poller = resume(context, resourceGroupName, jobName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginResumeAndWait: async (resourceGroupName, jobName, options) => {
            return await resume(context, resourceGroupName, jobName, options);
        },
        listSecrets: (resourceGroupName, jobName, options) => jobs_operations_listSecrets(context, resourceGroupName, jobName, options),
        stopMultipleExecutions: (resourceGroupName, jobName, options) => stopMultipleExecutions(context, resourceGroupName, jobName, options),
        beginStopMultipleExecutions: async (resourceGroupName, jobName, options) => {
            const poller = stopMultipleExecutions(context, resourceGroupName, jobName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginStopMultipleExecutionsAndWait: async (resourceGroupName, jobName, options) => {
            return await stopMultipleExecutions(context, resourceGroupName, jobName, options);
        },
        start: (resourceGroupName, jobName, options) => operations_start(context, resourceGroupName, jobName, options),
        beginStart: async (resourceGroupName, jobName, options) => {
            const poller = operations_start(context, resourceGroupName, jobName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginStartAndWait: async (resourceGroupName, jobName, options) => {
            return await operations_start(context, resourceGroupName, jobName, options);
        },
        listBySubscription: (options) => jobs_operations_listBySubscription(context, options),
        listByResourceGroup: (resourceGroupName, options) => jobs_operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, jobName, options) => jobs_operations_$delete(context, resourceGroupName, jobName, options),
        beginDelete: async (resourceGroupName, jobName, options) => {
            const poller = jobs_operations_$delete(context, resourceGroupName, jobName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, jobName, options) => {
            return await jobs_operations_$delete(context, resourceGroupName, jobName, options);
        },
        update: (resourceGroupName, jobName, jobEnvelope, options) => jobs_operations_update(context, resourceGroupName, jobName, jobEnvelope, options),
        beginUpdate: async (resourceGroupName, jobName, jobEnvelope, options) => {
            const poller = jobs_operations_update(context, resourceGroupName, jobName, jobEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, jobName, jobEnvelope, options) => {
            return await jobs_operations_update(context, resourceGroupName, jobName, jobEnvelope, options);
        },
        createOrUpdate: (resourceGroupName, jobName, jobEnvelope, options) => jobs_operations_createOrUpdate(context, resourceGroupName, jobName, jobEnvelope, options),
        beginCreateOrUpdate: async (resourceGroupName, jobName, jobEnvelope, options) => {
            const poller = jobs_operations_createOrUpdate(context, resourceGroupName, jobName, jobEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, jobName, jobEnvelope, options) => {
            return await jobs_operations_createOrUpdate(context, resourceGroupName, jobName, jobEnvelope, options);
        },
        get: (resourceGroupName, jobName, options) => jobs_operations_get(context, resourceGroupName, jobName, options),
    };
}
function _getJobsOperations(context) {
    return {
        ..._getJobs(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/jobsExecutions/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function jobsExecutions_operations_listSend(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/executions{?api%2Dversion,%24filter}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        jobName: jobName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
        "%24filter": options?.filter,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function jobsExecutions_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return containerAppJobExecutionsDeserializer(result.body);
}
/** Get a Container Apps Job's executions */
function jobsExecutions_operations_list(context, resourceGroupName, jobName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => jobsExecutions_operations_listSend(context, resourceGroupName, jobName, options), jobsExecutions_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/jobsExecutions/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getJobsExecutions(context) {
    return {
        list: (resourceGroupName, jobName, options) => jobsExecutions_operations_list(context, resourceGroupName, jobName, options),
    };
}
function _getJobsExecutionsOperations(context) {
    return {
        ..._getJobsExecutions(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/logicApps/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function _listWorkflowsSend(context, resourceGroupName, containerAppName, logicAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/providers/Microsoft.App/logicApps/{logicAppName}/workflows{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        logicAppName: logicAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listWorkflowsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _workflowEnvelopeCollectionDeserializer(result.body);
}
/** List the workflows for a logic app. */
function listWorkflows(context, resourceGroupName, containerAppName, logicAppName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listWorkflowsSend(context, resourceGroupName, containerAppName, logicAppName, options), _listWorkflowsDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function _getWorkflowSend(context, resourceGroupName, containerAppName, logicAppName, workflowName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/providers/Microsoft.App/logicApps/{logicAppName}/workflows/{workflowName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        logicAppName: logicAppName,
        workflowName: workflowName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getWorkflowDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return workflowEnvelopeDeserializer(result.body);
}
/** Get workflow information by its name */
async function getWorkflow(context, resourceGroupName, containerAppName, logicAppName, workflowName, options = { requestOptions: {} }) {
    const result = await _getWorkflowSend(context, resourceGroupName, containerAppName, logicAppName, workflowName, options);
    return _getWorkflowDeserialize(result);
}
function _listWorkflowsConnectionsSend(context, resourceGroupName, containerAppName, logicAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/providers/Microsoft.App/logicApps/{logicAppName}/listWorkflowsConnections{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        logicAppName: logicAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listWorkflowsConnectionsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return workflowEnvelopeDeserializer(result.body);
}
/** Gets logic app's connections. */
async function listWorkflowsConnections(context, resourceGroupName, containerAppName, logicAppName, options = { requestOptions: {} }) {
    const result = await _listWorkflowsConnectionsSend(context, resourceGroupName, containerAppName, logicAppName, options);
    return _listWorkflowsConnectionsDeserialize(result);
}
function logicApps_operations_$deleteSend(context, resourceGroupName, containerAppName, logicAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/providers/Microsoft.App/logicApps/{logicAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        logicAppName: logicAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function logicApps_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes a Logic App extension resource */
async function logicApps_operations_$delete(context, resourceGroupName, containerAppName, logicAppName, options = { requestOptions: {} }) {
    const result = await logicApps_operations_$deleteSend(context, resourceGroupName, containerAppName, logicAppName, options);
    return logicApps_operations_$deleteDeserialize(result);
}
function logicApps_operations_createOrUpdateSend(context, resourceGroupName, containerAppName, logicAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/providers/Microsoft.App/logicApps/{logicAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        logicAppName: logicAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.resource ? options?.resource : logicAppSerializer(options?.resource),
    });
}
async function logicApps_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return logicAppDeserializer(result.body);
}
/** Create or update a Logic App extension resource */
async function logicApps_operations_createOrUpdate(context, resourceGroupName, containerAppName, logicAppName, options = { requestOptions: {} }) {
    const result = await logicApps_operations_createOrUpdateSend(context, resourceGroupName, containerAppName, logicAppName, options);
    return logicApps_operations_createOrUpdateDeserialize(result);
}
function logicApps_operations_getSend(context, resourceGroupName, containerAppName, logicAppName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/providers/Microsoft.App/logicApps/{logicAppName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        containerAppName: containerAppName,
        logicAppName: logicAppName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function logicApps_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return logicAppDeserializer(result.body);
}
/** Gets a logic app extension resource. */
async function logicApps_operations_get(context, resourceGroupName, containerAppName, logicAppName, options = { requestOptions: {} }) {
    const result = await logicApps_operations_getSend(context, resourceGroupName, containerAppName, logicAppName, options);
    return logicApps_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/logicApps/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getLogicApps(context) {
    return {
        listWorkflows: (resourceGroupName, containerAppName, logicAppName, options) => listWorkflows(context, resourceGroupName, containerAppName, logicAppName, options),
        getWorkflow: (resourceGroupName, containerAppName, logicAppName, workflowName, options) => getWorkflow(context, resourceGroupName, containerAppName, logicAppName, workflowName, options),
        listWorkflowsConnections: (resourceGroupName, containerAppName, logicAppName, options) => listWorkflowsConnections(context, resourceGroupName, containerAppName, logicAppName, options),
        delete: (resourceGroupName, containerAppName, logicAppName, options) => logicApps_operations_$delete(context, resourceGroupName, containerAppName, logicAppName, options),
        createOrUpdate: (resourceGroupName, containerAppName, logicAppName, options) => logicApps_operations_createOrUpdate(context, resourceGroupName, containerAppName, logicAppName, options),
        get: (resourceGroupName, containerAppName, logicAppName, options) => logicApps_operations_get(context, resourceGroupName, containerAppName, logicAppName, options),
    };
}
function _getLogicAppsOperations(context) {
    return {
        ..._getLogicApps(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/maintenanceConfigurations/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function maintenanceConfigurations_operations_listSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/maintenanceConfigurations{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function maintenanceConfigurations_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _maintenanceConfigurationCollectionDeserializer(result.body);
}
/** Gets all maintenance configurations in the specified Managed Environment. */
function maintenanceConfigurations_operations_list(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => maintenanceConfigurations_operations_listSend(context, resourceGroupName, environmentName, options), maintenanceConfigurations_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function maintenanceConfigurations_operations_$deleteSend(context, resourceGroupName, environmentName, configName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/maintenanceConfigurations/{configName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        configName: configName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function maintenanceConfigurations_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the maintenance configuration of a ManagedEnvironment . */
async function maintenanceConfigurations_operations_$delete(context, resourceGroupName, environmentName, configName, options = { requestOptions: {} }) {
    const result = await maintenanceConfigurations_operations_$deleteSend(context, resourceGroupName, environmentName, configName, options);
    return maintenanceConfigurations_operations_$deleteDeserialize(result);
}
function maintenanceConfigurations_operations_createOrUpdateSend(context, resourceGroupName, environmentName, configName, maintenanceConfigurationEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/maintenanceConfigurations/{configName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        configName: configName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: maintenanceConfigurationResourceSerializer(maintenanceConfigurationEnvelope),
    });
}
async function maintenanceConfigurations_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return maintenanceConfigurationResourceDeserializer(result.body);
}
/** Create or update the maintenance configuration for Managed Environment. */
async function maintenanceConfigurations_operations_createOrUpdate(context, resourceGroupName, environmentName, configName, maintenanceConfigurationEnvelope, options = { requestOptions: {} }) {
    const result = await maintenanceConfigurations_operations_createOrUpdateSend(context, resourceGroupName, environmentName, configName, maintenanceConfigurationEnvelope, options);
    return maintenanceConfigurations_operations_createOrUpdateDeserialize(result);
}
function maintenanceConfigurations_operations_getSend(context, resourceGroupName, environmentName, configName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/maintenanceConfigurations/{configName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        configName: configName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function maintenanceConfigurations_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return maintenanceConfigurationResourceDeserializer(result.body);
}
/** Gets the maintenance configuration of a ManagedEnvironment . */
async function maintenanceConfigurations_operations_get(context, resourceGroupName, environmentName, configName, options = { requestOptions: {} }) {
    const result = await maintenanceConfigurations_operations_getSend(context, resourceGroupName, environmentName, configName, options);
    return maintenanceConfigurations_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/maintenanceConfigurations/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getMaintenanceConfigurations(context) {
    return {
        list: (resourceGroupName, environmentName, options) => maintenanceConfigurations_operations_list(context, resourceGroupName, environmentName, options),
        delete: (resourceGroupName, environmentName, configName, options) => maintenanceConfigurations_operations_$delete(context, resourceGroupName, environmentName, configName, options),
        createOrUpdate: (resourceGroupName, environmentName, configName, maintenanceConfigurationEnvelope, options) => maintenanceConfigurations_operations_createOrUpdate(context, resourceGroupName, environmentName, configName, maintenanceConfigurationEnvelope, options),
        get: (resourceGroupName, environmentName, configName, options) => maintenanceConfigurations_operations_get(context, resourceGroupName, environmentName, configName, options),
    };
}
function _getMaintenanceConfigurationsOperations(context) {
    return {
        ..._getMaintenanceConfigurations(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/managedCertificates/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function managedCertificates_operations_listSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/managedCertificates{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedCertificates_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _managedCertificateCollectionDeserializer(result.body);
}
/** Get the Managed Certificates in a given managed environment. */
function managedCertificates_operations_list(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => managedCertificates_operations_listSend(context, resourceGroupName, environmentName, options), managedCertificates_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function managedCertificates_operations_$deleteSend(context, resourceGroupName, environmentName, managedCertificateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/managedCertificates/{managedCertificateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        managedCertificateName: managedCertificateName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function managedCertificates_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Deletes the specified Managed Certificate. */
async function managedCertificates_operations_$delete(context, resourceGroupName, environmentName, managedCertificateName, options = { requestOptions: {} }) {
    const result = await managedCertificates_operations_$deleteSend(context, resourceGroupName, environmentName, managedCertificateName, options);
    return managedCertificates_operations_$deleteDeserialize(result);
}
function managedCertificates_operations_updateSend(context, resourceGroupName, environmentName, managedCertificateName, managedCertificateEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/managedCertificates/{managedCertificateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        managedCertificateName: managedCertificateName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: managedCertificatePatchSerializer(managedCertificateEnvelope),
    });
}
async function managedCertificates_operations_updateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedCertificateDeserializer(result.body);
}
/** Patches a managed certificate. Oly patching of tags is supported */
async function managedCertificates_operations_update(context, resourceGroupName, environmentName, managedCertificateName, managedCertificateEnvelope, options = { requestOptions: {} }) {
    const result = await managedCertificates_operations_updateSend(context, resourceGroupName, environmentName, managedCertificateName, managedCertificateEnvelope, options);
    return managedCertificates_operations_updateDeserialize(result);
}
function managedCertificates_operations_createOrUpdateSend(context, resourceGroupName, environmentName, managedCertificateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/managedCertificates/{managedCertificateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        managedCertificateName: managedCertificateName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: !options?.managedCertificateEnvelope
            ? options?.managedCertificateEnvelope
            : managedCertificateSerializer(options?.managedCertificateEnvelope),
    });
}
async function managedCertificates_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedCertificateDeserializer(result.body);
}
/** Create or Update a Managed Certificate. */
function managedCertificates_operations_createOrUpdate(context, resourceGroupName, environmentName, managedCertificateName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, managedCertificates_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => managedCertificates_operations_createOrUpdateSend(context, resourceGroupName, environmentName, managedCertificateName, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function managedCertificates_operations_getSend(context, resourceGroupName, environmentName, managedCertificateName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/managedCertificates/{managedCertificateName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        managedCertificateName: managedCertificateName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedCertificates_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedCertificateDeserializer(result.body);
}
/** Get the specified Managed Certificate. */
async function managedCertificates_operations_get(context, resourceGroupName, environmentName, managedCertificateName, options = { requestOptions: {} }) {
    const result = await managedCertificates_operations_getSend(context, resourceGroupName, environmentName, managedCertificateName, options);
    return managedCertificates_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/managedCertificates/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getManagedCertificates(context) {
    return {
        list: (resourceGroupName, environmentName, options) => managedCertificates_operations_list(context, resourceGroupName, environmentName, options),
        delete: (resourceGroupName, environmentName, managedCertificateName, options) => managedCertificates_operations_$delete(context, resourceGroupName, environmentName, managedCertificateName, options),
        update: (resourceGroupName, environmentName, managedCertificateName, managedCertificateEnvelope, options) => managedCertificates_operations_update(context, resourceGroupName, environmentName, managedCertificateName, managedCertificateEnvelope, options),
        createOrUpdate: (resourceGroupName, environmentName, managedCertificateName, options) => managedCertificates_operations_createOrUpdate(context, resourceGroupName, environmentName, managedCertificateName, options),
        beginCreateOrUpdate: async (resourceGroupName, environmentName, managedCertificateName, options) => {
            const poller = managedCertificates_operations_createOrUpdate(context, resourceGroupName, environmentName, managedCertificateName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, environmentName, managedCertificateName, options) => {
            return await managedCertificates_operations_createOrUpdate(context, resourceGroupName, environmentName, managedCertificateName, options);
        },
        get: (resourceGroupName, environmentName, managedCertificateName, options) => managedCertificates_operations_get(context, resourceGroupName, environmentName, managedCertificateName, options),
    };
}
function _getManagedCertificatesOperations(context) {
    return {
        ..._getManagedCertificates(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/managedEnvironmentDiagnostics/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function managedEnvironmentDiagnostics_operations_getDetectorSend(context, resourceGroupName, environmentName, detectorName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/detectors/{detectorName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        detectorName: detectorName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedEnvironmentDiagnostics_operations_getDetectorDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return diagnosticsDeserializer(result.body);
}
/** Get the diagnostics data for a Managed Environment used to host container apps. */
async function managedEnvironmentDiagnostics_operations_getDetector(context, resourceGroupName, environmentName, detectorName, options = { requestOptions: {} }) {
    const result = await managedEnvironmentDiagnostics_operations_getDetectorSend(context, resourceGroupName, environmentName, detectorName, options);
    return managedEnvironmentDiagnostics_operations_getDetectorDeserialize(result);
}
function managedEnvironmentDiagnostics_operations_listDetectorsSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/detectors{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedEnvironmentDiagnostics_operations_listDetectorsDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return diagnosticsCollectionDeserializer(result.body);
}
/** Get the list of diagnostics for a Managed Environment used to host container apps. */
async function managedEnvironmentDiagnostics_operations_listDetectors(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const result = await managedEnvironmentDiagnostics_operations_listDetectorsSend(context, resourceGroupName, environmentName, options);
    return managedEnvironmentDiagnostics_operations_listDetectorsDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/managedEnvironmentDiagnostics/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getManagedEnvironmentDiagnostics(context) {
    return {
        getDetector: (resourceGroupName, environmentName, detectorName, options) => managedEnvironmentDiagnostics_operations_getDetector(context, resourceGroupName, environmentName, detectorName, options),
        listDetectors: (resourceGroupName, environmentName, options) => managedEnvironmentDiagnostics_operations_listDetectors(context, resourceGroupName, environmentName, options),
    };
}
function _getManagedEnvironmentDiagnosticsOperations(context) {
    return {
        ..._getManagedEnvironmentDiagnostics(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/managedEnvironmentPrivateEndpointConnections/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function managedEnvironmentPrivateEndpointConnections_operations_listSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/privateEndpointConnections{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedEnvironmentPrivateEndpointConnections_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _privateEndpointConnectionListResultDeserializer(result.body);
}
/** List private endpoint connections for a given managed environment. */
function managedEnvironmentPrivateEndpointConnections_operations_list(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => managedEnvironmentPrivateEndpointConnections_operations_listSend(context, resourceGroupName, environmentName, options), managedEnvironmentPrivateEndpointConnections_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function managedEnvironmentPrivateEndpointConnections_operations_$deleteSend(context, resourceGroupName, environmentName, privateEndpointConnectionName, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function managedEnvironmentPrivateEndpointConnections_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a private endpoint connection for a given managed environment. */
function managedEnvironmentPrivateEndpointConnections_operations_$delete(context, resourceGroupName, environmentName, privateEndpointConnectionName, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, managedEnvironmentPrivateEndpointConnections_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => managedEnvironmentPrivateEndpointConnections_operations_$deleteSend(context, resourceGroupName, environmentName, privateEndpointConnectionName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function managedEnvironmentPrivateEndpointConnections_operations_createOrUpdateSend(context, resourceGroupName, environmentName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options = {
    requestOptions: {},
}) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: privateEndpointConnectionSerializer(privateEndpointConnectionEnvelope),
    });
}
async function managedEnvironmentPrivateEndpointConnections_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateEndpointConnectionDeserializer(result.body);
}
/** Update the state of a private endpoint connection for a given managed environment. */
function managedEnvironmentPrivateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, environmentName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options = {
    requestOptions: {},
}) {
    return pollingHelpers_getLongRunningPoller(context, managedEnvironmentPrivateEndpointConnections_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => managedEnvironmentPrivateEndpointConnections_operations_createOrUpdateSend(context, resourceGroupName, environmentName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function managedEnvironmentPrivateEndpointConnections_operations_getSend(context, resourceGroupName, environmentName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        privateEndpointConnectionName: privateEndpointConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedEnvironmentPrivateEndpointConnections_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateEndpointConnectionDeserializer(result.body);
}
/** Get a private endpoint connection for a given managed environment. */
async function managedEnvironmentPrivateEndpointConnections_operations_get(context, resourceGroupName, environmentName, privateEndpointConnectionName, options = { requestOptions: {} }) {
    const result = await managedEnvironmentPrivateEndpointConnections_operations_getSend(context, resourceGroupName, environmentName, privateEndpointConnectionName, options);
    return managedEnvironmentPrivateEndpointConnections_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/managedEnvironmentPrivateEndpointConnections/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getManagedEnvironmentPrivateEndpointConnections(context) {
    return {
        list: (resourceGroupName, environmentName, options) => managedEnvironmentPrivateEndpointConnections_operations_list(context, resourceGroupName, environmentName, options),
        delete: (resourceGroupName, environmentName, privateEndpointConnectionName, options) => managedEnvironmentPrivateEndpointConnections_operations_$delete(context, resourceGroupName, environmentName, privateEndpointConnectionName, options),
        beginDelete: async (resourceGroupName, environmentName, privateEndpointConnectionName, options) => {
            const poller = managedEnvironmentPrivateEndpointConnections_operations_$delete(context, resourceGroupName, environmentName, privateEndpointConnectionName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, environmentName, privateEndpointConnectionName, options) => {
            return await managedEnvironmentPrivateEndpointConnections_operations_$delete(context, resourceGroupName, environmentName, privateEndpointConnectionName, options);
        },
        createOrUpdate: (resourceGroupName, environmentName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options) => managedEnvironmentPrivateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, environmentName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options),
        beginCreateOrUpdate: async (resourceGroupName, environmentName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options) => {
            const poller = managedEnvironmentPrivateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, environmentName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, environmentName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options) => {
            return await managedEnvironmentPrivateEndpointConnections_operations_createOrUpdate(context, resourceGroupName, environmentName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options);
        },
        get: (resourceGroupName, environmentName, privateEndpointConnectionName, options) => managedEnvironmentPrivateEndpointConnections_operations_get(context, resourceGroupName, environmentName, privateEndpointConnectionName, options),
    };
}
function _getManagedEnvironmentPrivateEndpointConnectionsOperations(context) {
    return {
        ..._getManagedEnvironmentPrivateEndpointConnections(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/managedEnvironmentPrivateLinkResources/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function managedEnvironmentPrivateLinkResources_operations_getSend(context, resourceGroupName, environmentName, privateLinkResourceName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/privateLinkResources/{privateLinkResourceName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        privateLinkResourceName: privateLinkResourceName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedEnvironmentPrivateLinkResources_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return privateLinkResourceDeserializer(result.body);
}
/** Gets the details of a private link resource supported by a managed environment. */
async function managedEnvironmentPrivateLinkResources_operations_get(context, resourceGroupName, environmentName, privateLinkResourceName, options = { requestOptions: {} }) {
    const result = await managedEnvironmentPrivateLinkResources_operations_getSend(context, resourceGroupName, environmentName, privateLinkResourceName, options);
    return managedEnvironmentPrivateLinkResources_operations_getDeserialize(result);
}
function managedEnvironmentPrivateLinkResources_operations_listSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/privateLinkResources{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedEnvironmentPrivateLinkResources_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _privateLinkResourceListResultDeserializer(result.body);
}
/** List private link resources for a given managed environment. */
function managedEnvironmentPrivateLinkResources_operations_list(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => managedEnvironmentPrivateLinkResources_operations_listSend(context, resourceGroupName, environmentName, options), managedEnvironmentPrivateLinkResources_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/managedEnvironmentPrivateLinkResources/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getManagedEnvironmentPrivateLinkResources(context) {
    return {
        get: (resourceGroupName, environmentName, privateLinkResourceName, options) => managedEnvironmentPrivateLinkResources_operations_get(context, resourceGroupName, environmentName, privateLinkResourceName, options),
        list: (resourceGroupName, environmentName, options) => managedEnvironmentPrivateLinkResources_operations_list(context, resourceGroupName, environmentName, options),
    };
}
function _getManagedEnvironmentPrivateLinkResourcesOperations(context) {
    return {
        ..._getManagedEnvironmentPrivateLinkResources(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/managedEnvironmentUsages/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function managedEnvironmentUsages_operations_listSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/usages{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedEnvironmentUsages_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _listUsagesResultDeserializer(result.body);
}
/** Gets the current usage information as well as the limits for environment. */
function managedEnvironmentUsages_operations_list(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => managedEnvironmentUsages_operations_listSend(context, resourceGroupName, environmentName, options), managedEnvironmentUsages_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/managedEnvironmentUsages/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getManagedEnvironmentUsages(context) {
    return {
        list: (resourceGroupName, environmentName, options) => managedEnvironmentUsages_operations_list(context, resourceGroupName, environmentName, options),
    };
}
function _getManagedEnvironmentUsagesOperations(context) {
    return {
        ..._getManagedEnvironmentUsages(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/managedEnvironments/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _checkMigrationEligibilitySend(context, resourceGroupName, environmentName, body, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/checkMigrationEligibility{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: checkMigrationEligibilityRequestSerializer(body),
    });
}
async function _checkMigrationEligibilityDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return checkMigrationEligibilityResponseDeserializer(result.body);
}
/** Checks whether a Managed Environment can be migrated to a target mode. */
async function checkMigrationEligibility(context, resourceGroupName, environmentName, body, options = { requestOptions: {} }) {
    const result = await _checkMigrationEligibilitySend(context, resourceGroupName, environmentName, body, options);
    return _checkMigrationEligibilityDeserialize(result);
}
function _listWorkloadProfileStatesSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/workloadProfileStates{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listWorkloadProfileStatesDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _workloadProfileStatesCollectionDeserializer(result.body);
}
/** Get all workload Profile States for a Managed Environment. */
function listWorkloadProfileStates(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listWorkloadProfileStatesSend(context, resourceGroupName, environmentName, options), _listWorkloadProfileStatesDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function operations_getAuthTokenSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/getAuthtoken{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_getAuthTokenDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return environmentAuthTokenDeserializer(result.body);
}
/** Checks if resource name is available. */
async function operations_getAuthToken(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const result = await operations_getAuthTokenSend(context, resourceGroupName, environmentName, options);
    return operations_getAuthTokenDeserialize(result);
}
function managedEnvironments_operations_listBySubscriptionSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.App/managedEnvironments{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedEnvironments_operations_listBySubscriptionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _managedEnvironmentsCollectionDeserializer(result.body);
}
/** Get all Managed Environments for a subscription. */
function managedEnvironments_operations_listBySubscription(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => managedEnvironments_operations_listBySubscriptionSend(context, options), managedEnvironments_operations_listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function managedEnvironments_operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedEnvironments_operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _managedEnvironmentsCollectionDeserializer(result.body);
}
/** Get all the Managed Environments in a resource group. */
function managedEnvironments_operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => managedEnvironments_operations_listByResourceGroupSend(context, resourceGroupName, options), managedEnvironments_operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function managedEnvironments_operations_$deleteSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function managedEnvironments_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "202", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a Managed Environment if it does not have any container apps. */
function managedEnvironments_operations_$delete(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, managedEnvironments_operations_$deleteDeserialize, ["200", "202", "204"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => managedEnvironments_operations_$deleteSend(context, resourceGroupName, environmentName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function managedEnvironments_operations_updateSend(context, resourceGroupName, environmentName, environmentEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: managedEnvironmentSerializer(environmentEnvelope),
    });
}
async function managedEnvironments_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedEnvironmentDeserializer(result.body);
}
/** Patches a Managed Environment using JSON Merge Patch */
function managedEnvironments_operations_update(context, resourceGroupName, environmentName, environmentEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, managedEnvironments_operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => managedEnvironments_operations_updateSend(context, resourceGroupName, environmentName, environmentEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function managedEnvironments_operations_createOrUpdateSend(context, resourceGroupName, environmentName, environmentEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: managedEnvironmentSerializer(environmentEnvelope),
    });
}
async function managedEnvironments_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedEnvironmentDeserializer(result.body);
}
/** Creates or updates a Managed Environment used to host container apps. */
function managedEnvironments_operations_createOrUpdate(context, resourceGroupName, environmentName, environmentEnvelope, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, managedEnvironments_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => managedEnvironments_operations_createOrUpdateSend(context, resourceGroupName, environmentName, environmentEnvelope, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function managedEnvironments_operations_getSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedEnvironments_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedEnvironmentDeserializer(result.body);
}
/** Get the properties of a Managed Environment used to host container apps. */
async function managedEnvironments_operations_get(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const result = await managedEnvironments_operations_getSend(context, resourceGroupName, environmentName, options);
    return managedEnvironments_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/managedEnvironments/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getManagedEnvironments(context) {
    return {
        checkMigrationEligibility: (resourceGroupName, environmentName, body, options) => checkMigrationEligibility(context, resourceGroupName, environmentName, body, options),
        listWorkloadProfileStates: (resourceGroupName, environmentName, options) => listWorkloadProfileStates(context, resourceGroupName, environmentName, options),
        getAuthToken: (resourceGroupName, environmentName, options) => operations_getAuthToken(context, resourceGroupName, environmentName, options),
        listBySubscription: (options) => managedEnvironments_operations_listBySubscription(context, options),
        listByResourceGroup: (resourceGroupName, options) => managedEnvironments_operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, environmentName, options) => managedEnvironments_operations_$delete(context, resourceGroupName, environmentName, options),
        beginDelete: async (resourceGroupName, environmentName, options) => {
            const poller = managedEnvironments_operations_$delete(context, resourceGroupName, environmentName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, environmentName, options) => {
            return await managedEnvironments_operations_$delete(context, resourceGroupName, environmentName, options);
        },
        update: (resourceGroupName, environmentName, environmentEnvelope, options) => managedEnvironments_operations_update(context, resourceGroupName, environmentName, environmentEnvelope, options),
        beginUpdate: async (resourceGroupName, environmentName, environmentEnvelope, options) => {
            const poller = managedEnvironments_operations_update(context, resourceGroupName, environmentName, environmentEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, environmentName, environmentEnvelope, options) => {
            return await managedEnvironments_operations_update(context, resourceGroupName, environmentName, environmentEnvelope, options);
        },
        createOrUpdate: (resourceGroupName, environmentName, environmentEnvelope, options) => managedEnvironments_operations_createOrUpdate(context, resourceGroupName, environmentName, environmentEnvelope, options),
        beginCreateOrUpdate: async (resourceGroupName, environmentName, environmentEnvelope, options) => {
            const poller = managedEnvironments_operations_createOrUpdate(context, resourceGroupName, environmentName, environmentEnvelope, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, environmentName, environmentEnvelope, options) => {
            return await managedEnvironments_operations_createOrUpdate(context, resourceGroupName, environmentName, environmentEnvelope, options);
        },
        get: (resourceGroupName, environmentName, options) => managedEnvironments_operations_get(context, resourceGroupName, environmentName, options),
    };
}
function _getManagedEnvironmentsOperations(context) {
    return {
        ..._getManagedEnvironments(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/managedEnvironmentsDiagnostics/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function operations_getRootSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/detectorProperties/rootApi/{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_getRootDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedEnvironmentDeserializer(result.body);
}
/** Get the properties of a Managed Environment used to host container apps. */
async function operations_getRoot(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const result = await operations_getRootSend(context, resourceGroupName, environmentName, options);
    return operations_getRootDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/managedEnvironmentsDiagnostics/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getManagedEnvironmentsDiagnostics(context) {
    return {
        getRoot: (resourceGroupName, environmentName, options) => operations_getRoot(context, resourceGroupName, environmentName, options),
    };
}
function _getManagedEnvironmentsDiagnosticsOperations(context) {
    return {
        ..._getManagedEnvironmentsDiagnostics(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/managedEnvironmentsStorages/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function managedEnvironmentsStorages_operations_listSend(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/storages{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedEnvironmentsStorages_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedEnvironmentStoragesCollectionDeserializer(result.body);
}
/** Get all storages for a managedEnvironment. */
async function managedEnvironmentsStorages_operations_list(context, resourceGroupName, environmentName, options = { requestOptions: {} }) {
    const result = await managedEnvironmentsStorages_operations_listSend(context, resourceGroupName, environmentName, options);
    return managedEnvironmentsStorages_operations_listDeserialize(result);
}
function managedEnvironmentsStorages_operations_$deleteSend(context, resourceGroupName, environmentName, storageName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/storages/{storageName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        storageName: storageName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function managedEnvironmentsStorages_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["200", "204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete storage for a managedEnvironment. */
async function managedEnvironmentsStorages_operations_$delete(context, resourceGroupName, environmentName, storageName, options = { requestOptions: {} }) {
    const result = await managedEnvironmentsStorages_operations_$deleteSend(context, resourceGroupName, environmentName, storageName, options);
    return managedEnvironmentsStorages_operations_$deleteDeserialize(result);
}
function managedEnvironmentsStorages_operations_createOrUpdateSend(context, resourceGroupName, environmentName, storageName, storageEnvelope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/storages/{storageName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        storageName: storageName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: managedEnvironmentStorageSerializer(storageEnvelope),
    });
}
async function managedEnvironmentsStorages_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedEnvironmentStorageDeserializer(result.body);
}
/** Create or update storage for a managedEnvironment. */
async function managedEnvironmentsStorages_operations_createOrUpdate(context, resourceGroupName, environmentName, storageName, storageEnvelope, options = { requestOptions: {} }) {
    const result = await managedEnvironmentsStorages_operations_createOrUpdateSend(context, resourceGroupName, environmentName, storageName, storageEnvelope, options);
    return managedEnvironmentsStorages_operations_createOrUpdateDeserialize(result);
}
function managedEnvironmentsStorages_operations_getSend(context, resourceGroupName, environmentName, storageName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/storages/{storageName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        storageName: storageName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function managedEnvironmentsStorages_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return managedEnvironmentStorageDeserializer(result.body);
}
/** Get storage for a managedEnvironment. */
async function managedEnvironmentsStorages_operations_get(context, resourceGroupName, environmentName, storageName, options = { requestOptions: {} }) {
    const result = await managedEnvironmentsStorages_operations_getSend(context, resourceGroupName, environmentName, storageName, options);
    return managedEnvironmentsStorages_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/managedEnvironmentsStorages/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getManagedEnvironmentsStorages(context) {
    return {
        list: (resourceGroupName, environmentName, options) => managedEnvironmentsStorages_operations_list(context, resourceGroupName, environmentName, options),
        delete: (resourceGroupName, environmentName, storageName, options) => managedEnvironmentsStorages_operations_$delete(context, resourceGroupName, environmentName, storageName, options),
        createOrUpdate: (resourceGroupName, environmentName, storageName, storageEnvelope, options) => managedEnvironmentsStorages_operations_createOrUpdate(context, resourceGroupName, environmentName, storageName, storageEnvelope, options),
        get: (resourceGroupName, environmentName, storageName, options) => managedEnvironmentsStorages_operations_get(context, resourceGroupName, environmentName, storageName, options),
    };
}
function _getManagedEnvironmentsStoragesOperations(context) {
    return {
        ..._getManagedEnvironmentsStorages(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/namespaces/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



function operations_checkNameAvailabilitySend(context, resourceGroupName, environmentName, checkNameAvailabilityRequest, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/checkNameAvailability{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        environmentName: environmentName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: checkNameAvailabilityRequestSerializer(checkNameAvailabilityRequest),
    });
}
async function operations_checkNameAvailabilityDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return checkNameAvailabilityResponseDeserializer(result.body);
}
/** Checks if resource name is available. */
async function operations_checkNameAvailability(context, resourceGroupName, environmentName, checkNameAvailabilityRequest, options = { requestOptions: {} }) {
    const result = await operations_checkNameAvailabilitySend(context, resourceGroupName, environmentName, checkNameAvailabilityRequest, options);
    return operations_checkNameAvailabilityDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/namespaces/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getNamespaces(context) {
    return {
        checkNameAvailability: (resourceGroupName, environmentName, checkNameAvailabilityRequest, options) => operations_checkNameAvailability(context, resourceGroupName, environmentName, checkNameAvailabilityRequest, options),
    };
}
function _getNamespacesOperations(context) {
    return {
        ..._getNamespaces(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/operations/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function operations_operations_listSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.App/operations{?api%2Dversion}", {
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function operations_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _availableOperationsDeserializer(result.body);
}
/** Lists all of the available RP operations. */
function operations_operations_list(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => operations_operations_listSend(context, options), operations_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/operations/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getOperations(context) {
    return {
        list: (options) => operations_operations_list(context, options),
    };
}
function _getOperationsOperations(context) {
    return {
        ..._getOperations(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/sandboxGroups/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function sandboxGroups_operations_listBySubscriptionSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.App/sandboxGroups{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function sandboxGroups_operations_listBySubscriptionDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _sandboxGroupListResultDeserializer(result.body);
}
/** Get all SandboxGroups for a subscription. */
function sandboxGroups_operations_listBySubscription(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => sandboxGroups_operations_listBySubscriptionSend(context, options), sandboxGroups_operations_listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function sandboxGroups_operations_listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sandboxGroups{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function sandboxGroups_operations_listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _sandboxGroupListResultDeserializer(result.body);
}
/** Get all SandboxGroups in a resource group. */
function sandboxGroups_operations_listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => sandboxGroups_operations_listByResourceGroupSend(context, resourceGroupName, options), sandboxGroups_operations_listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function sandboxGroups_operations_$deleteSend(context, resourceGroupName, sandboxGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sandboxGroups/{sandboxGroupName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        sandboxGroupName: sandboxGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function sandboxGroups_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a SandboxGroup. */
function sandboxGroups_operations_$delete(context, resourceGroupName, sandboxGroupName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, sandboxGroups_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => sandboxGroups_operations_$deleteSend(context, resourceGroupName, sandboxGroupName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function sandboxGroups_operations_updateSend(context, resourceGroupName, sandboxGroupName, properties, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sandboxGroups/{sandboxGroupName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        sandboxGroupName: sandboxGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).patch({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: sandboxGroupPatchSerializer(properties),
    });
}
async function sandboxGroups_operations_updateDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sandboxGroupDeserializer(result.body);
}
/** Patches a SandboxGroup. */
function sandboxGroups_operations_update(context, resourceGroupName, sandboxGroupName, properties, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, sandboxGroups_operations_updateDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => sandboxGroups_operations_updateSend(context, resourceGroupName, sandboxGroupName, properties, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function sandboxGroups_operations_createOrUpdateSend(context, resourceGroupName, sandboxGroupName, resource, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sandboxGroups/{sandboxGroupName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        sandboxGroupName: sandboxGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: sandboxGroupSerializer(resource),
    });
}
async function sandboxGroups_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sandboxGroupDeserializer(result.body);
}
/** Create or update a SandboxGroup. */
function sandboxGroups_operations_createOrUpdate(context, resourceGroupName, sandboxGroupName, resource, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, sandboxGroups_operations_createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => sandboxGroups_operations_createOrUpdateSend(context, resourceGroupName, sandboxGroupName, resource, options),
        resourceLocationConfig: "azure-async-operation",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function sandboxGroups_operations_getSend(context, resourceGroupName, sandboxGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sandboxGroups/{sandboxGroupName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        sandboxGroupName: sandboxGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function sandboxGroups_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return sandboxGroupDeserializer(result.body);
}
/** Get the properties of a SandboxGroup. */
async function sandboxGroups_operations_get(context, resourceGroupName, sandboxGroupName, options = { requestOptions: {} }) {
    const result = await sandboxGroups_operations_getSend(context, resourceGroupName, sandboxGroupName, options);
    return sandboxGroups_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/sandboxGroups/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getSandboxGroups(context) {
    return {
        listBySubscription: (options) => sandboxGroups_operations_listBySubscription(context, options),
        listByResourceGroup: (resourceGroupName, options) => sandboxGroups_operations_listByResourceGroup(context, resourceGroupName, options),
        delete: (resourceGroupName, sandboxGroupName, options) => sandboxGroups_operations_$delete(context, resourceGroupName, sandboxGroupName, options),
        beginDelete: async (resourceGroupName, sandboxGroupName, options) => {
            const poller = sandboxGroups_operations_$delete(context, resourceGroupName, sandboxGroupName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, sandboxGroupName, options) => {
            return await sandboxGroups_operations_$delete(context, resourceGroupName, sandboxGroupName, options);
        },
        update: (resourceGroupName, sandboxGroupName, properties, options) => sandboxGroups_operations_update(context, resourceGroupName, sandboxGroupName, properties, options),
        beginUpdate: async (resourceGroupName, sandboxGroupName, properties, options) => {
            const poller = sandboxGroups_operations_update(context, resourceGroupName, sandboxGroupName, properties, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginUpdateAndWait: async (resourceGroupName, sandboxGroupName, properties, options) => {
            return await sandboxGroups_operations_update(context, resourceGroupName, sandboxGroupName, properties, options);
        },
        createOrUpdate: (resourceGroupName, sandboxGroupName, resource, options) => sandboxGroups_operations_createOrUpdate(context, resourceGroupName, sandboxGroupName, resource, options),
        beginCreateOrUpdate: async (resourceGroupName, sandboxGroupName, resource, options) => {
            const poller = sandboxGroups_operations_createOrUpdate(context, resourceGroupName, sandboxGroupName, resource, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginCreateOrUpdateAndWait: async (resourceGroupName, sandboxGroupName, resource, options) => {
            return await sandboxGroups_operations_createOrUpdate(context, resourceGroupName, sandboxGroupName, resource, options);
        },
        get: (resourceGroupName, sandboxGroupName, options) => sandboxGroups_operations_get(context, resourceGroupName, sandboxGroupName, options),
    };
}
function _getSandboxGroupsOperations(context) {
    return {
        ..._getSandboxGroups(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/usages/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




function usages_operations_listSend(context, location, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.App/locations/{location}/usages{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        location: location,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function usages_operations_listDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = defaultErrorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _listUsagesResultDeserializer(result.body);
}
/** Gets, for the specified location, the current resource usage information as well as the limits under the subscription. */
function usages_operations_list(context, location, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => usages_operations_listSend(context, location, options), usages_operations_listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/usages/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function _getUsages(context) {
    return {
        list: (location, options) => usages_operations_list(context, location, options),
    };
}
function _getUsagesOperations(context) {
    return {
        ..._getUsages(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/api/vnetConnections/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _listBySandboxGroupSend(context, resourceGroupName, sandboxGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sandboxGroups/{sandboxGroupName}/vnetConnections{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        sandboxGroupName: sandboxGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listBySandboxGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return _vnetConnectionListResultDeserializer(result.body);
}
/** List all VnetConnections in the specified SandboxGroup. */
function listBySandboxGroup(context, resourceGroupName, sandboxGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listBySandboxGroupSend(context, resourceGroupName, sandboxGroupName, options), _listBySandboxGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-07-01" });
}
function vnetConnections_operations_$deleteSend(context, resourceGroupName, sandboxGroupName, vnetConnectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sandboxGroups/{sandboxGroupName}/vnetConnections/{vnetConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        sandboxGroupName: sandboxGroupName,
        vnetConnectionName: vnetConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function vnetConnections_operations_$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** Delete a VnetConnection. */
function vnetConnections_operations_$delete(context, resourceGroupName, sandboxGroupName, vnetConnectionName, options = { requestOptions: {} }) {
    return pollingHelpers_getLongRunningPoller(context, vnetConnections_operations_$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => vnetConnections_operations_$deleteSend(context, resourceGroupName, sandboxGroupName, vnetConnectionName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-07-01",
    });
}
function vnetConnections_operations_createOrUpdateSend(context, resourceGroupName, sandboxGroupName, vnetConnectionName, resource, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sandboxGroups/{sandboxGroupName}/vnetConnections/{vnetConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        sandboxGroupName: sandboxGroupName,
        vnetConnectionName: vnetConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: vnetConnectionSerializer(resource),
    });
}
async function vnetConnections_operations_createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return vnetConnectionDeserializer(result.body);
}
/** Create or update a VnetConnection. */
async function vnetConnections_operations_createOrUpdate(context, resourceGroupName, sandboxGroupName, vnetConnectionName, resource, options = { requestOptions: {} }) {
    const result = await vnetConnections_operations_createOrUpdateSend(context, resourceGroupName, sandboxGroupName, vnetConnectionName, resource, options);
    return vnetConnections_operations_createOrUpdateDeserialize(result);
}
function vnetConnections_operations_getSend(context, resourceGroupName, sandboxGroupName, vnetConnectionName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sandboxGroups/{sandboxGroupName}/vnetConnections/{vnetConnectionName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        sandboxGroupName: sandboxGroupName,
        vnetConnectionName: vnetConnectionName,
        "api%2Dversion": context.apiVersion ?? "2026-07-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function vnetConnections_operations_getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,dist_esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = errorResponseDeserializer(result.body);
        }
        throw error;
    }
    return vnetConnectionDeserializer(result.body);
}
/** Get the properties of a VnetConnection. */
async function vnetConnections_operations_get(context, resourceGroupName, sandboxGroupName, vnetConnectionName, options = { requestOptions: {} }) {
    const result = await vnetConnections_operations_getSend(context, resourceGroupName, sandboxGroupName, vnetConnectionName, options);
    return vnetConnections_operations_getDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/classic/vnetConnections/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function _getVnetConnections(context) {
    return {
        listBySandboxGroup: (resourceGroupName, sandboxGroupName, options) => listBySandboxGroup(context, resourceGroupName, sandboxGroupName, options),
        delete: (resourceGroupName, sandboxGroupName, vnetConnectionName, options) => vnetConnections_operations_$delete(context, resourceGroupName, sandboxGroupName, vnetConnectionName, options),
        beginDelete: async (resourceGroupName, sandboxGroupName, vnetConnectionName, options) => {
            const poller = vnetConnections_operations_$delete(context, resourceGroupName, sandboxGroupName, vnetConnectionName, options);
            await poller.submitted();
            return getSimplePoller(poller);
        },
        beginDeleteAndWait: async (resourceGroupName, sandboxGroupName, vnetConnectionName, options) => {
            return await vnetConnections_operations_$delete(context, resourceGroupName, sandboxGroupName, vnetConnectionName, options);
        },
        createOrUpdate: (resourceGroupName, sandboxGroupName, vnetConnectionName, resource, options) => vnetConnections_operations_createOrUpdate(context, resourceGroupName, sandboxGroupName, vnetConnectionName, resource, options),
        get: (resourceGroupName, sandboxGroupName, vnetConnectionName, options) => vnetConnections_operations_get(context, resourceGroupName, sandboxGroupName, vnetConnectionName, options),
    };
}
function _getVnetConnectionsOperations(context) {
    return {
        ..._getVnetConnections(context),
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/containerAppsAPIClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.













































class ContainerAppsAPIClient {
    _client;
    /** The pipeline used by this client to make requests */
    pipeline;
    /** Functions is an extension resource to revisions and the api listed is used to proxy the call from Web RP to the function app's host process, this api is not exposed to users and only Web RP is allowed to invoke functions extension resource. */
    constructor(credential, subscriptionIdOrOptions, options) {
        let subscriptionId;
        if (typeof subscriptionIdOrOptions === "string") {
            subscriptionId = subscriptionIdOrOptions;
        }
        else if (typeof subscriptionIdOrOptions === "object") {
            options = subscriptionIdOrOptions;
        }
        options = options ?? {};
        this._client = createContainerAppsAPI(credential, subscriptionId ?? "", options);
        this.pipeline = this._client.pipeline;
        this.managedEnvironmentUsages = _getManagedEnvironmentUsagesOperations(this._client);
        this.usages = _getUsagesOperations(this._client);
        this.billingMeters = _getBillingMetersOperations(this._client);
        this.availableEnvironmentModes = _getAvailableEnvironmentModesOperations(this._client);
        this.availableWorkloadProfiles = _getAvailableWorkloadProfilesOperations(this._client);
        this.managedEnvironmentDiagnostics = _getManagedEnvironmentDiagnosticsOperations(this._client);
        this.jobsExecutions = _getJobsExecutionsOperations(this._client);
        this.httpRouteConfig = _getHttpRouteConfigOperations(this._client);
        this.managedEnvironmentPrivateEndpointConnections =
            _getManagedEnvironmentPrivateEndpointConnectionsOperations(this._client);
        this.namespaces = _getNamespacesOperations(this._client);
        this.connectedEnvironmentsCertificates = _getConnectedEnvironmentsCertificatesOperations(this._client);
        this.containerAppsRevisionFunctions = _getContainerAppsRevisionFunctionsOperations(this._client);
        this.managedEnvironmentsDiagnostics = _getManagedEnvironmentsDiagnosticsOperations(this._client);
        this.containerAppsDiagnostics = _getContainerAppsDiagnosticsOperations(this._client);
        this.jobs = _getJobsOperations(this._client);
        this.managedEnvironmentsStorages = _getManagedEnvironmentsStoragesOperations(this._client);
        this.maintenanceConfigurations = _getMaintenanceConfigurationsOperations(this._client);
        this.daprComponentResiliencyPolicies = _getDaprComponentResiliencyPoliciesOperations(this._client);
        this.managedEnvironmentPrivateLinkResources =
            _getManagedEnvironmentPrivateLinkResourcesOperations(this._client);
        this.containerAppPrivateLinkResources = _getContainerAppPrivateLinkResourcesOperations(this._client);
        this.containerAppPrivateEndpointConnections =
            _getContainerAppPrivateEndpointConnectionsOperations(this._client);
        this.managedCertificates = _getManagedCertificatesOperations(this._client);
        this.connectedEnvironmentsStorages = _getConnectedEnvironmentsStoragesOperations(this._client);
        this.daprComponents = _getDaprComponentsOperations(this._client);
        this.connectedEnvironmentsDaprComponents = _getConnectedEnvironmentsDaprComponentsOperations(this._client);
        this.managedEnvironments = _getManagedEnvironmentsOperations(this._client);
        this.certificates = _getCertificatesOperations(this._client);
        this.connectedEnvironments = _getConnectedEnvironmentsOperations(this._client);
        this.containerAppsAuthConfigs = _getContainerAppsAuthConfigsOperations(this._client);
        this.logicApps = _getLogicAppsOperations(this._client);
        this.javaComponents = _getJavaComponentsOperations(this._client);
        this.dotNetComponents = _getDotNetComponentsOperations(this._client);
        this.containerAppsRevisionReplicas = _getContainerAppsRevisionReplicasOperations(this._client);
        this.containerAppsLabelHistory = _getContainerAppsLabelHistoryOperations(this._client);
        this.functionsExtension = _getFunctionsExtensionOperations(this._client);
        this.containerAppsRevisions = _getContainerAppsRevisionsOperations(this._client);
        this.containerAppsFunctions = _getContainerAppsFunctionsOperations(this._client);
        this.containerApps = _getContainerAppsOperations(this._client);
        this.containerAppsSourceControls = _getContainerAppsSourceControlsOperations(this._client);
        this.vnetConnections = _getVnetConnectionsOperations(this._client);
        this.sandboxGroups = _getSandboxGroupsOperations(this._client);
        this.containerAppsSessionPools = _getContainerAppsSessionPoolsOperations(this._client);
        this.operations = _getOperationsOperations(this._client);
    }
    /** Get details of a single job execution */
    jobExecution(resourceGroupName, jobName, jobExecutionName, options = { requestOptions: {} }) {
        return jobExecution(this._client, resourceGroupName, jobName, jobExecutionName, options);
    }
    /** Get the verification id of a subscription used for verifying custom domains */
    getCustomDomainVerificationId(options = { requestOptions: {} }) {
        return getCustomDomainVerificationId(this._client, options);
    }
    /** The operation groups for managedEnvironmentUsages */
    managedEnvironmentUsages;
    /** The operation groups for usages */
    usages;
    /** The operation groups for billingMeters */
    billingMeters;
    /** The operation groups for availableEnvironmentModes */
    availableEnvironmentModes;
    /** The operation groups for availableWorkloadProfiles */
    availableWorkloadProfiles;
    /** The operation groups for managedEnvironmentDiagnostics */
    managedEnvironmentDiagnostics;
    /** The operation groups for jobsExecutions */
    jobsExecutions;
    /** The operation groups for httpRouteConfig */
    httpRouteConfig;
    /** The operation groups for managedEnvironmentPrivateEndpointConnections */
    managedEnvironmentPrivateEndpointConnections;
    /** The operation groups for namespaces */
    namespaces;
    /** The operation groups for connectedEnvironmentsCertificates */
    connectedEnvironmentsCertificates;
    /** The operation groups for containerAppsRevisionFunctions */
    containerAppsRevisionFunctions;
    /** The operation groups for managedEnvironmentsDiagnostics */
    managedEnvironmentsDiagnostics;
    /** The operation groups for containerAppsDiagnostics */
    containerAppsDiagnostics;
    /** The operation groups for jobs */
    jobs;
    /** The operation groups for managedEnvironmentsStorages */
    managedEnvironmentsStorages;
    /** The operation groups for maintenanceConfigurations */
    maintenanceConfigurations;
    /** The operation groups for daprComponentResiliencyPolicies */
    daprComponentResiliencyPolicies;
    /** The operation groups for managedEnvironmentPrivateLinkResources */
    managedEnvironmentPrivateLinkResources;
    /** The operation groups for containerAppPrivateLinkResources */
    containerAppPrivateLinkResources;
    /** The operation groups for containerAppPrivateEndpointConnections */
    containerAppPrivateEndpointConnections;
    /** The operation groups for managedCertificates */
    managedCertificates;
    /** The operation groups for connectedEnvironmentsStorages */
    connectedEnvironmentsStorages;
    /** The operation groups for daprComponents */
    daprComponents;
    /** The operation groups for connectedEnvironmentsDaprComponents */
    connectedEnvironmentsDaprComponents;
    /** The operation groups for managedEnvironments */
    managedEnvironments;
    /** The operation groups for certificates */
    certificates;
    /** The operation groups for connectedEnvironments */
    connectedEnvironments;
    /** The operation groups for containerAppsAuthConfigs */
    containerAppsAuthConfigs;
    /** The operation groups for logicApps */
    logicApps;
    /** The operation groups for javaComponents */
    javaComponents;
    /** The operation groups for dotNetComponents */
    dotNetComponents;
    /** The operation groups for containerAppsRevisionReplicas */
    containerAppsRevisionReplicas;
    /** The operation groups for containerAppsLabelHistory */
    containerAppsLabelHistory;
    /** The operation groups for functionsExtension */
    functionsExtension;
    /** The operation groups for containerAppsRevisions */
    containerAppsRevisions;
    /** The operation groups for containerAppsFunctions */
    containerAppsFunctions;
    /** The operation groups for containerApps */
    containerApps;
    /** The operation groups for containerAppsSourceControls */
    containerAppsSourceControls;
    /** The operation groups for vnetConnections */
    vnetConnections;
    /** The operation groups for sandboxGroups */
    sandboxGroups;
    /** The operation groups for containerAppsSessionPools */
    containerAppsSessionPools;
    /** The operation groups for operations */
    operations;
}
//# sourceMappingURL=containerAppsAPIClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/restorePollerHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



















/**
 * Creates a poller from the serialized state of another poller. This can be
 * useful when you want to create pollers on a different host or a poller
 * needs to be constructed after the original one is not in scope.
 */
function restorePoller(client, serializedState, sourceOperation, options) {
    const pollerConfig = deserializeState(serializedState).config;
    const { initialRequestUrl, requestMethod, metadata } = pollerConfig;
    if (!initialRequestUrl || !requestMethod) {
        throw new Error(`Invalid serialized state: ${serializedState} for sourceOperation ${sourceOperation?.name}`);
    }
    const resourceLocationConfig = metadata?.["resourceLocationConfig"];
    const { deserializer, expectedStatuses = [] } = getDeserializationHelper(initialRequestUrl, requestMethod) ?? {};
    const deserializeHelper = options?.processResponseBody ?? deserializer;
    if (!deserializeHelper) {
        throw new Error(`Please ensure the operation is in this client! We can't find its deserializeHelper for ${sourceOperation?.name}.`);
    }
    const apiVersion = getApiVersionFromUrl(initialRequestUrl);
    return getLongRunningPoller(client["_client"] ?? client, deserializeHelper, expectedStatuses, {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        resourceLocationConfig,
        restoreFrom: serializedState,
        initialRequestUrl,
        apiVersion,
    });
}
const deserializeMap = {
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/httpRouteConfigs/{httpRouteName}": { deserializer: httpRouteConfig_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/privateEndpointConnections/{privateEndpointConnectionName}": {
        deserializer: managedEnvironmentPrivateEndpointConnections_operations_$deleteDeserialize,
        expectedStatuses: ["202", "204", "200"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/privateEndpointConnections/{privateEndpointConnectionName}": { deserializer: managedEnvironmentPrivateEndpointConnections_operations_createOrUpdateDeserialize, expectedStatuses: ["200", "201", "202"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/certificates/{certificateName}": {
        deserializer: connectedEnvironmentsCertificates_operations_$deleteDeserialize,
        expectedStatuses: ["202", "204", "200"],
    },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/certificates/{certificateName}": { deserializer: connectedEnvironmentsCertificates_operations_updateDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/certificates/{certificateName}": {
        deserializer: connectedEnvironmentsCertificates_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/executions/{jobExecutionName}/stop": { deserializer: _stopExecutionDeserialize, expectedStatuses: ["200", "202", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/suspend": { deserializer: _suspendDeserialize, expectedStatuses: ["200", "202", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/resume": { deserializer: _resumeDeserialize, expectedStatuses: ["200", "202", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/stop": { deserializer: _stopMultipleExecutionsDeserialize, expectedStatuses: ["200", "202", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/start": { deserializer: operations_startDeserialize, expectedStatuses: ["200", "202", "201"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}": { deserializer: jobs_operations_$deleteDeserialize, expectedStatuses: ["200", "202", "204"] },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}": { deserializer: jobs_operations_updateDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}": { deserializer: jobs_operations_createOrUpdateDeserialize, expectedStatuses: ["200", "201", "202"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/privateEndpointConnections/{privateEndpointConnectionName}": {
        deserializer: containerAppPrivateEndpointConnections_operations_$deleteDeserialize,
        expectedStatuses: ["202", "204", "200"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/privateEndpointConnections/{privateEndpointConnectionName}": {
        deserializer: containerAppPrivateEndpointConnections_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/managedCertificates/{managedCertificateName}": {
        deserializer: managedCertificates_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/storages/{storageName}": {
        deserializer: connectedEnvironmentsStorages_operations_$deleteDeserialize,
        expectedStatuses: ["202", "204", "200"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/storages/{storageName}": {
        deserializer: connectedEnvironmentsStorages_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/daprComponents/{componentName}": {
        deserializer: connectedEnvironmentsDaprComponents_operations_$deleteDeserialize,
        expectedStatuses: ["202", "204", "200"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/daprComponents/{componentName}": {
        deserializer: connectedEnvironmentsDaprComponents_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}": {
        deserializer: managedEnvironments_operations_$deleteDeserialize,
        expectedStatuses: ["200", "202", "204"],
    },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}": {
        deserializer: managedEnvironments_operations_updateDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}": {
        deserializer: managedEnvironments_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}": {
        deserializer: operations_$deleteDeserialize,
        expectedStatuses: ["200", "202", "204"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}": {
        deserializer: operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/javaComponents/{name}": { deserializer: javaComponents_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/javaComponents/{name}": { deserializer: javaComponents_operations_updateDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/javaComponents/{name}": {
        deserializer: javaComponents_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/dotNetComponents/{name}": { deserializer: dotNetComponents_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/dotNetComponents/{name}": { deserializer: dotNetComponents_operations_updateDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/dotNetComponents/{name}": {
        deserializer: dotNetComponents_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/stop": { deserializer: _stopDeserialize, expectedStatuses: ["200", "202", "201"] },
    "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/start": { deserializer: _startDeserialize, expectedStatuses: ["200", "202", "201"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}": { deserializer: containerApps_operations_$deleteDeserialize, expectedStatuses: ["200", "202", "204"] },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}": { deserializer: containerApps_operations_updateDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}": {
        deserializer: containerApps_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/sourcecontrols/{sourceControlName}": {
        deserializer: containerAppsSourceControls_operations_$deleteDeserialize,
        expectedStatuses: ["200", "202", "204"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/sourcecontrols/{sourceControlName}": {
        deserializer: containerAppsSourceControls_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sandboxGroups/{sandboxGroupName}/vnetConnections/{vnetConnectionName}": { deserializer: vnetConnections_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sandboxGroups/{sandboxGroupName}": { deserializer: sandboxGroups_operations_$deleteDeserialize, expectedStatuses: ["202", "204", "200"] },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sandboxGroups/{sandboxGroupName}": { deserializer: sandboxGroups_operations_updateDeserialize, expectedStatuses: ["200", "202", "201"] },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sandboxGroups/{sandboxGroupName}": {
        deserializer: sandboxGroups_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
    "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sessionPools/{sessionPoolName}": {
        deserializer: containerAppsSessionPools_operations_$deleteDeserialize,
        expectedStatuses: ["202", "204", "200"],
    },
    "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sessionPools/{sessionPoolName}": {
        deserializer: containerAppsSessionPools_operations_updateDeserialize,
        expectedStatuses: ["200", "202", "201"],
    },
    "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sessionPools/{sessionPoolName}": {
        deserializer: containerAppsSessionPools_operations_createOrUpdateDeserialize,
        expectedStatuses: ["200", "201", "202"],
    },
};
function getDeserializationHelper(urlStr, method) {
    const path = new URL(urlStr).pathname;
    const pathParts = path.split("/");
    // Traverse list to match the longest candidate
    // matchedLen: the length of candidate path
    // matchedValue: the matched status code array
    let matchedLen = -1, matchedValue;
    // Iterate the responseMap to find a match
    for (const [key, value] of Object.entries(deserializeMap)) {
        // Extracting the path from the map key which is in format
        // GET /path/foo
        if (!key.startsWith(method)) {
            continue;
        }
        const candidatePath = getPathFromMapKey(key);
        // Get each part of the url path
        const candidateParts = candidatePath.split("/");
        // track if we have found a match to return the values found.
        let found = true;
        for (let i = candidateParts.length - 1, j = pathParts.length - 1; i >= 1 && j >= 1; i--, j--) {
            if (candidateParts[i]?.startsWith("{") && candidateParts[i]?.indexOf("}") !== -1) {
                const start = candidateParts[i].indexOf("}") + 1, end = candidateParts[i]?.length;
                // If the current part of the candidate is a "template" part
                // Try to use the suffix of pattern to match the path
                // {guid} ==> $
                // {guid}:export ==> :export$
                const isMatched = new RegExp(`${candidateParts[i]?.slice(start, end)}`).test(pathParts[j] || "");
                if (!isMatched) {
                    found = false;
                    break;
                }
                continue;
            }
            // If the candidate part is not a template and
            // the parts don't match mark the candidate as not found
            // to move on with the next candidate path.
            if (candidateParts[i] !== pathParts[j]) {
                found = false;
                break;
            }
        }
        // We finished evaluating the current candidate parts
        // Update the matched value if and only if we found the longer pattern
        if (found && candidatePath.length > matchedLen) {
            matchedLen = candidatePath.length;
            matchedValue = value;
        }
    }
    return matchedValue;
}
function getPathFromMapKey(mapKey) {
    const pathStart = mapKey.indexOf("/");
    return mapKey.slice(pathStart);
}
function getApiVersionFromUrl(urlStr) {
    const url = new URL(urlStr);
    return url.searchParams.get("api-version") ?? undefined;
}
//# sourceMappingURL=restorePollerHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/models/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






//# sourceMappingURL=index.js.map

/***/ })

};
