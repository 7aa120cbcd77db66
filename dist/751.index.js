export const id = 751;
export const ids = [751];
export const modules = {

/***/ 69751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ContainerRegistryManagementClient: () => (/* reexport */ ContainerRegistryManagementClient)
});

// UNUSED EXPORTS: AzureClouds, KnownAction, KnownActionsRequired, KnownActivationStatus, KnownAuditLogStatus, KnownAzureADAuthenticationAsArmPolicyStatus, KnownCertificateType, KnownConnectedRegistryMode, KnownConnectionState, KnownConnectionStatus, KnownCreatedByType, KnownCredentialHealthStatus, KnownCredentialName, KnownDefaultAction, KnownEncryptionStatus, KnownExportPolicyStatus, KnownImportMode, KnownLogLevel, KnownNetworkRuleBypassOptions, KnownPolicyStatus, KnownProvisioningState, KnownPublicNetworkAccess, KnownRegistryUsageUnit, KnownRoleAssignmentMode, KnownSkuName, KnownSkuTier, KnownTlsStatus, KnownTokenCertificateName, KnownTokenPasswordName, KnownTokenStatus, KnownTrustPolicyType, KnownVersions, KnownWebhookAction, KnownWebhookStatus, KnownZoneRedundancy, restorePoller

;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/static-helpers/cloudSettingHelpers.js
var AzureClouds = /* @__PURE__ */ ((AzureClouds2) => {
  AzureClouds2["AZURE_PUBLIC_CLOUD"] = "AZURE_PUBLIC_CLOUD";
  AzureClouds2["AZURE_CHINA_CLOUD"] = "AZURE_CHINA_CLOUD";
  AzureClouds2["AZURE_US_GOVERNMENT"] = "AZURE_US_GOVERNMENT";
  return AzureClouds2;
})(AzureClouds || {});
function getArmEndpoint(cloudSetting) {
  if (cloudSetting === void 0) {
    return void 0;
  }
  const cloudEndpoints = {
    AZURE_CHINA_CLOUD: "https://management.chinacloudapi.cn/",
    AZURE_US_GOVERNMENT: "https://management.usgovcloudapi.net/",
    AZURE_PUBLIC_CLOUD: "https://management.azure.com/"
  };
  if (cloudSetting in cloudEndpoints) {
    return cloudEndpoints[cloudSetting];
  } else {
    throw new Error(
      `Unknown cloud setting: ${cloudSetting}. Please refer to the enum AzureClouds for possible values.`
    );
  }
}


// EXTERNAL MODULE: ./node_modules/@azure/logger/dist/esm/index.js + 1 modules
var esm = __webpack_require__(7567);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/logger.js

const logger = (0,esm/* createClientLogger */.KV)("arm-containerregistry");


// EXTERNAL MODULE: ./node_modules/@azure-rest/core-client/dist/esm/index.js + 11 modules
var dist_esm = __webpack_require__(83049);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/api/containerRegistryManagementContext.js



function createContainerRegistryManagement(credential, subscriptionId, options = {}) {
  const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
  const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
  const userAgentInfo = `azsdk-js-arm-containerregistry/12.0.0`;
  const userAgentPrefix = prefixFromOptions ? `${prefixFromOptions} azsdk-js-api ${userAgentInfo}` : `azsdk-js-api ${userAgentInfo}`;
  const { apiVersion: _, ...updatedOptions } = {
    ...options,
    userAgentOptions: { userAgentPrefix },
    loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info },
    credentials: { scopes: options.credentials?.scopes ?? [`${endpointUrl}/.default`] }
  };
  const clientContext = (0,dist_esm/* getClient */.KU)(endpointUrl, credential, updatedOptions);
  clientContext.pipeline.removePolicy({ name: "ApiVersionPolicy" });
  const apiVersion = options.apiVersion ?? "2025-11-01";
  clientContext.pipeline.addPolicy({
    name: "ClientApiVersionPolicy",
    sendRequest: (req, next) => {
      const url = new URL(req.url);
      if (!url.searchParams.get("api-version")) {
        req.url = `${req.url}${Array.from(url.searchParams.keys()).length > 0 ? "&" : "?"}api-version=${apiVersion}`;
      }
      return next(req);
    }
  });
  return { ...clientContext, apiVersion, subscriptionId };
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/api/index.js



;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/static-helpers/serialization/check-prop-undefined.js
function areAllPropsUndefined(item, properties) {
  for (const property of properties) {
    if (item[property] !== void 0) {
      return false;
    }
  }
  return true;
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/models/models.js

function _operationListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : operationDefinitionArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function operationDefinitionArrayDeserializer(result) {
  return result.map((item) => {
    return operationDefinitionDeserializer(item);
  });
}
function operationDefinitionDeserializer(item) {
  return {
    origin: item["origin"],
    name: item["name"],
    display: !item["display"] ? item["display"] : operationDisplayDefinitionDeserializer(item["display"]),
    ...!item["properties"] ? item["properties"] : _operationDefinitionPropertiesDeserializer(item["properties"]),
    isDataAction: item["isDataAction"]
  };
}
function operationDisplayDefinitionDeserializer(item) {
  return {
    provider: item["provider"],
    resource: item["resource"],
    operation: item["operation"],
    description: item["description"]
  };
}
function operationPropertiesDefinitionDeserializer(item) {
  return {
    serviceSpecification: !item["serviceSpecification"] ? item["serviceSpecification"] : operationServiceSpecificationDefinitionDeserializer(item["serviceSpecification"])
  };
}
function operationServiceSpecificationDefinitionDeserializer(item) {
  return {
    metricSpecifications: !item["metricSpecifications"] ? item["metricSpecifications"] : operationMetricSpecificationDefinitionArrayDeserializer(item["metricSpecifications"]),
    logSpecifications: !item["logSpecifications"] ? item["logSpecifications"] : operationLogSpecificationDefinitionArrayDeserializer(item["logSpecifications"])
  };
}
function operationMetricSpecificationDefinitionArrayDeserializer(result) {
  return result.map((item) => {
    return operationMetricSpecificationDefinitionDeserializer(item);
  });
}
function operationMetricSpecificationDefinitionDeserializer(item) {
  return {
    name: item["name"],
    displayName: item["displayName"],
    displayDescription: item["displayDescription"],
    unit: item["unit"],
    aggregationType: item["aggregationType"],
    internalMetricName: item["internalMetricName"]
  };
}
function operationLogSpecificationDefinitionArrayDeserializer(result) {
  return result.map((item) => {
    return operationLogSpecificationDefinitionDeserializer(item);
  });
}
function operationLogSpecificationDefinitionDeserializer(item) {
  return {
    name: item["name"],
    displayName: item["displayName"],
    blobDuration: item["blobDuration"]
  };
}
function errorResponseDeserializer(item) {
  return {
    error: !item["error"] ? item["error"] : errorDetailDeserializer(item["error"])
  };
}
function errorDetailDeserializer(item) {
  return {
    code: item["code"],
    message: item["message"],
    target: item["target"],
    details: !item["details"] ? item["details"] : errorDetailArrayDeserializer(item["details"]),
    additionalInfo: !item["additionalInfo"] ? item["additionalInfo"] : errorAdditionalInfoArrayDeserializer(item["additionalInfo"])
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
    info: item["info"]
  };
}
function registrySerializer(item) {
  return {
    tags: item["tags"],
    location: item["location"],
    properties: areAllPropsUndefined(item, [
      "adminUserEnabled",
      "networkRuleSet",
      "policies",
      "encryption",
      "dataEndpointEnabled",
      "publicNetworkAccess",
      "networkRuleBypassOptions",
      "networkRuleBypassAllowedForTasks",
      "zoneRedundancy",
      "anonymousPullEnabled",
      "roleAssignmentMode"
    ]) ? void 0 : _registryPropertiesSerializer(item),
    sku: skuSerializer(item["sku"]),
    identity: !item["identity"] ? item["identity"] : identityPropertiesSerializer(item["identity"])
  };
}
function registryDeserializer(item) {
  return {
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    location: item["location"],
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _registryPropertiesDeserializer(item["properties"]),
    sku: skuDeserializer(item["sku"]),
    identity: !item["identity"] ? item["identity"] : identityPropertiesDeserializer(item["identity"])
  };
}
function registryPropertiesSerializer(item) {
  return {
    adminUserEnabled: item["adminUserEnabled"],
    networkRuleSet: !item["networkRuleSet"] ? item["networkRuleSet"] : networkRuleSetSerializer(item["networkRuleSet"]),
    policies: !item["policies"] ? item["policies"] : policiesSerializer(item["policies"]),
    encryption: !item["encryption"] ? item["encryption"] : encryptionPropertySerializer(item["encryption"]),
    dataEndpointEnabled: item["dataEndpointEnabled"],
    publicNetworkAccess: item["publicNetworkAccess"],
    networkRuleBypassOptions: item["networkRuleBypassOptions"],
    networkRuleBypassAllowedForTasks: item["networkRuleBypassAllowedForTasks"],
    zoneRedundancy: item["zoneRedundancy"],
    anonymousPullEnabled: item["anonymousPullEnabled"],
    roleAssignmentMode: item["roleAssignmentMode"]
  };
}
function registryPropertiesDeserializer(item) {
  return {
    loginServer: item["loginServer"],
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"],
    status: !item["status"] ? item["status"] : statusDeserializer(item["status"]),
    adminUserEnabled: item["adminUserEnabled"],
    networkRuleSet: !item["networkRuleSet"] ? item["networkRuleSet"] : networkRuleSetDeserializer(item["networkRuleSet"]),
    policies: !item["policies"] ? item["policies"] : policiesDeserializer(item["policies"]),
    encryption: !item["encryption"] ? item["encryption"] : encryptionPropertyDeserializer(item["encryption"]),
    dataEndpointEnabled: item["dataEndpointEnabled"],
    dataEndpointHostNames: !item["dataEndpointHostNames"] ? item["dataEndpointHostNames"] : item["dataEndpointHostNames"].map((p) => {
      return p;
    }),
    privateEndpointConnections: !item["privateEndpointConnections"] ? item["privateEndpointConnections"] : privateEndpointConnectionArrayDeserializer(item["privateEndpointConnections"]),
    publicNetworkAccess: item["publicNetworkAccess"],
    networkRuleBypassOptions: item["networkRuleBypassOptions"],
    networkRuleBypassAllowedForTasks: item["networkRuleBypassAllowedForTasks"],
    zoneRedundancy: item["zoneRedundancy"],
    anonymousPullEnabled: item["anonymousPullEnabled"],
    roleAssignmentMode: item["roleAssignmentMode"]
  };
}
var KnownProvisioningState = /* @__PURE__ */ ((KnownProvisioningState2) => {
  KnownProvisioningState2["Creating"] = "Creating";
  KnownProvisioningState2["Updating"] = "Updating";
  KnownProvisioningState2["Deleting"] = "Deleting";
  KnownProvisioningState2["Succeeded"] = "Succeeded";
  KnownProvisioningState2["Failed"] = "Failed";
  KnownProvisioningState2["Canceled"] = "Canceled";
  return KnownProvisioningState2;
})(KnownProvisioningState || {});
function statusDeserializer(item) {
  return {
    displayStatus: item["displayStatus"],
    message: item["message"],
    timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"])
  };
}
function networkRuleSetSerializer(item) {
  return {
    defaultAction: item["defaultAction"],
    ipRules: !item["ipRules"] ? item["ipRules"] : ipRuleArraySerializer(item["ipRules"])
  };
}
function networkRuleSetDeserializer(item) {
  return {
    defaultAction: item["defaultAction"],
    ipRules: !item["ipRules"] ? item["ipRules"] : ipRuleArrayDeserializer(item["ipRules"])
  };
}
var KnownDefaultAction = /* @__PURE__ */ ((KnownDefaultAction2) => {
  KnownDefaultAction2["Allow"] = "Allow";
  KnownDefaultAction2["Deny"] = "Deny";
  return KnownDefaultAction2;
})(KnownDefaultAction || {});
function ipRuleArraySerializer(result) {
  return result.map((item) => {
    return ipRuleSerializer(item);
  });
}
function ipRuleArrayDeserializer(result) {
  return result.map((item) => {
    return ipRuleDeserializer(item);
  });
}
function ipRuleSerializer(item) {
  return { action: item["action"], value: item["iPAddressOrRange"] };
}
function ipRuleDeserializer(item) {
  return {
    action: item["action"],
    iPAddressOrRange: item["value"]
  };
}
var KnownAction = /* @__PURE__ */ ((KnownAction2) => {
  KnownAction2["Allow"] = "Allow";
  return KnownAction2;
})(KnownAction || {});
function policiesSerializer(item) {
  return {
    quarantinePolicy: !item["quarantinePolicy"] ? item["quarantinePolicy"] : quarantinePolicySerializer(item["quarantinePolicy"]),
    trustPolicy: !item["trustPolicy"] ? item["trustPolicy"] : trustPolicySerializer(item["trustPolicy"]),
    retentionPolicy: !item["retentionPolicy"] ? item["retentionPolicy"] : retentionPolicySerializer(item["retentionPolicy"]),
    exportPolicy: !item["exportPolicy"] ? item["exportPolicy"] : exportPolicySerializer(item["exportPolicy"]),
    azureADAuthenticationAsArmPolicy: !item["azureADAuthenticationAsArmPolicy"] ? item["azureADAuthenticationAsArmPolicy"] : azureADAuthenticationAsArmPolicySerializer(item["azureADAuthenticationAsArmPolicy"])
  };
}
function policiesDeserializer(item) {
  return {
    quarantinePolicy: !item["quarantinePolicy"] ? item["quarantinePolicy"] : quarantinePolicyDeserializer(item["quarantinePolicy"]),
    trustPolicy: !item["trustPolicy"] ? item["trustPolicy"] : trustPolicyDeserializer(item["trustPolicy"]),
    retentionPolicy: !item["retentionPolicy"] ? item["retentionPolicy"] : retentionPolicyDeserializer(item["retentionPolicy"]),
    exportPolicy: !item["exportPolicy"] ? item["exportPolicy"] : exportPolicyDeserializer(item["exportPolicy"]),
    azureADAuthenticationAsArmPolicy: !item["azureADAuthenticationAsArmPolicy"] ? item["azureADAuthenticationAsArmPolicy"] : azureADAuthenticationAsArmPolicyDeserializer(item["azureADAuthenticationAsArmPolicy"])
  };
}
function quarantinePolicySerializer(item) {
  return { status: item["status"] };
}
function quarantinePolicyDeserializer(item) {
  return {
    status: item["status"]
  };
}
var KnownPolicyStatus = /* @__PURE__ */ ((KnownPolicyStatus2) => {
  KnownPolicyStatus2["Enabled"] = "enabled";
  KnownPolicyStatus2["Disabled"] = "disabled";
  return KnownPolicyStatus2;
})(KnownPolicyStatus || {});
function trustPolicySerializer(item) {
  return { type: item["type"], status: item["status"] };
}
function trustPolicyDeserializer(item) {
  return {
    type: item["type"],
    status: item["status"]
  };
}
var KnownTrustPolicyType = /* @__PURE__ */ ((KnownTrustPolicyType2) => {
  KnownTrustPolicyType2["Notary"] = "Notary";
  return KnownTrustPolicyType2;
})(KnownTrustPolicyType || {});
function retentionPolicySerializer(item) {
  return { days: item["days"], status: item["status"] };
}
function retentionPolicyDeserializer(item) {
  return {
    days: item["days"],
    lastUpdatedTime: !item["lastUpdatedTime"] ? item["lastUpdatedTime"] : new Date(item["lastUpdatedTime"]),
    status: item["status"]
  };
}
function exportPolicySerializer(item) {
  return { status: item["status"] };
}
function exportPolicyDeserializer(item) {
  return {
    status: item["status"]
  };
}
var KnownExportPolicyStatus = /* @__PURE__ */ ((KnownExportPolicyStatus2) => {
  KnownExportPolicyStatus2["Enabled"] = "enabled";
  KnownExportPolicyStatus2["Disabled"] = "disabled";
  return KnownExportPolicyStatus2;
})(KnownExportPolicyStatus || {});
function azureADAuthenticationAsArmPolicySerializer(item) {
  return { status: item["status"] };
}
function azureADAuthenticationAsArmPolicyDeserializer(item) {
  return {
    status: item["status"]
  };
}
var KnownAzureADAuthenticationAsArmPolicyStatus = /* @__PURE__ */ ((KnownAzureADAuthenticationAsArmPolicyStatus2) => {
  KnownAzureADAuthenticationAsArmPolicyStatus2["Enabled"] = "enabled";
  KnownAzureADAuthenticationAsArmPolicyStatus2["Disabled"] = "disabled";
  return KnownAzureADAuthenticationAsArmPolicyStatus2;
})(KnownAzureADAuthenticationAsArmPolicyStatus || {});
function encryptionPropertySerializer(item) {
  return {
    status: item["status"],
    keyVaultProperties: !item["keyVaultProperties"] ? item["keyVaultProperties"] : keyVaultPropertiesSerializer(item["keyVaultProperties"])
  };
}
function encryptionPropertyDeserializer(item) {
  return {
    status: item["status"],
    keyVaultProperties: !item["keyVaultProperties"] ? item["keyVaultProperties"] : keyVaultPropertiesDeserializer(item["keyVaultProperties"])
  };
}
var KnownEncryptionStatus = /* @__PURE__ */ ((KnownEncryptionStatus2) => {
  KnownEncryptionStatus2["Enabled"] = "enabled";
  KnownEncryptionStatus2["Disabled"] = "disabled";
  return KnownEncryptionStatus2;
})(KnownEncryptionStatus || {});
function keyVaultPropertiesSerializer(item) {
  return { keyIdentifier: item["keyIdentifier"], identity: item["identity"] };
}
function keyVaultPropertiesDeserializer(item) {
  return {
    keyIdentifier: item["keyIdentifier"],
    versionedKeyIdentifier: item["versionedKeyIdentifier"],
    identity: item["identity"],
    keyRotationEnabled: item["keyRotationEnabled"],
    lastKeyRotationTimestamp: !item["lastKeyRotationTimestamp"] ? item["lastKeyRotationTimestamp"] : new Date(item["lastKeyRotationTimestamp"])
  };
}
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
    properties: areAllPropsUndefined(item, ["privateEndpoint", "privateLinkServiceConnectionState"]) ? void 0 : _privateEndpointConnectionPropertiesSerializer(item)
  };
}
function privateEndpointConnectionDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _privateEndpointConnectionPropertiesDeserializer(item["properties"])
  };
}
function privateEndpointConnectionPropertiesSerializer(item) {
  return {
    privateEndpoint: !item["privateEndpoint"] ? item["privateEndpoint"] : privateEndpointSerializer(item["privateEndpoint"]),
    privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"] ? item["privateLinkServiceConnectionState"] : privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"])
  };
}
function privateEndpointConnectionPropertiesDeserializer(item) {
  return {
    privateEndpoint: !item["privateEndpoint"] ? item["privateEndpoint"] : privateEndpointDeserializer(item["privateEndpoint"]),
    privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"] ? item["privateLinkServiceConnectionState"] : privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"]),
    provisioningState: item["provisioningState"]
  };
}
function privateEndpointSerializer(item) {
  return { id: item["id"] };
}
function privateEndpointDeserializer(item) {
  return {
    id: item["id"]
  };
}
function privateLinkServiceConnectionStateSerializer(item) {
  return {
    status: item["status"],
    description: item["description"],
    actionsRequired: item["actionsRequired"]
  };
}
function privateLinkServiceConnectionStateDeserializer(item) {
  return {
    status: item["status"],
    description: item["description"],
    actionsRequired: item["actionsRequired"]
  };
}
var KnownConnectionStatus = /* @__PURE__ */ ((KnownConnectionStatus2) => {
  KnownConnectionStatus2["Approved"] = "Approved";
  KnownConnectionStatus2["Pending"] = "Pending";
  KnownConnectionStatus2["Rejected"] = "Rejected";
  KnownConnectionStatus2["Disconnected"] = "Disconnected";
  return KnownConnectionStatus2;
})(KnownConnectionStatus || {});
var KnownActionsRequired = /* @__PURE__ */ ((KnownActionsRequired2) => {
  KnownActionsRequired2["None"] = "None";
  KnownActionsRequired2["Recreate"] = "Recreate";
  return KnownActionsRequired2;
})(KnownActionsRequired || {});
var KnownPublicNetworkAccess = /* @__PURE__ */ ((KnownPublicNetworkAccess2) => {
  KnownPublicNetworkAccess2["Enabled"] = "Enabled";
  KnownPublicNetworkAccess2["Disabled"] = "Disabled";
  return KnownPublicNetworkAccess2;
})(KnownPublicNetworkAccess || {});
var KnownNetworkRuleBypassOptions = /* @__PURE__ */ ((KnownNetworkRuleBypassOptions2) => {
  KnownNetworkRuleBypassOptions2["AzureServices"] = "AzureServices";
  KnownNetworkRuleBypassOptions2["None"] = "None";
  return KnownNetworkRuleBypassOptions2;
})(KnownNetworkRuleBypassOptions || {});
var KnownZoneRedundancy = /* @__PURE__ */ ((KnownZoneRedundancy2) => {
  KnownZoneRedundancy2["Enabled"] = "Enabled";
  KnownZoneRedundancy2["Disabled"] = "Disabled";
  return KnownZoneRedundancy2;
})(KnownZoneRedundancy || {});
var KnownRoleAssignmentMode = /* @__PURE__ */ ((KnownRoleAssignmentMode2) => {
  KnownRoleAssignmentMode2["AbacRepositoryPermissions"] = "AbacRepositoryPermissions";
  KnownRoleAssignmentMode2["LegacyRegistryPermissions"] = "LegacyRegistryPermissions";
  return KnownRoleAssignmentMode2;
})(KnownRoleAssignmentMode || {});
function skuSerializer(item) {
  return { name: item["name"] };
}
function skuDeserializer(item) {
  return {
    name: item["name"],
    tier: item["tier"]
  };
}
var KnownSkuName = /* @__PURE__ */ ((KnownSkuName2) => {
  KnownSkuName2["Classic"] = "Classic";
  KnownSkuName2["Basic"] = "Basic";
  KnownSkuName2["Standard"] = "Standard";
  KnownSkuName2["Premium"] = "Premium";
  return KnownSkuName2;
})(KnownSkuName || {});
var KnownSkuTier = /* @__PURE__ */ ((KnownSkuTier2) => {
  KnownSkuTier2["Classic"] = "Classic";
  KnownSkuTier2["Basic"] = "Basic";
  KnownSkuTier2["Standard"] = "Standard";
  KnownSkuTier2["Premium"] = "Premium";
  return KnownSkuTier2;
})(KnownSkuTier || {});
function identityPropertiesSerializer(item) {
  return {
    type: item["type"],
    userAssignedIdentities: !item["userAssignedIdentities"] ? item["userAssignedIdentities"] : userIdentityPropertiesRecordSerializer(item["userAssignedIdentities"])
  };
}
function identityPropertiesDeserializer(item) {
  return {
    principalId: item["principalId"],
    tenantId: item["tenantId"],
    type: item["type"],
    userAssignedIdentities: !item["userAssignedIdentities"] ? item["userAssignedIdentities"] : userIdentityPropertiesRecordDeserializer(item["userAssignedIdentities"])
  };
}
function userIdentityPropertiesRecordSerializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : userIdentityPropertiesSerializer(item[key]);
  });
  return result;
}
function userIdentityPropertiesRecordDeserializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : userIdentityPropertiesDeserializer(item[key]);
  });
  return result;
}
function userIdentityPropertiesSerializer(item) {
  return item;
}
function userIdentityPropertiesDeserializer(item) {
  return {
    principalId: item["principalId"],
    clientId: item["clientId"]
  };
}
function proxyResourceSerializer(item) {
  return item;
}
function proxyResourceDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"])
  };
}
function resourceSerializer(item) {
  return item;
}
function resourceDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"])
  };
}
function systemDataDeserializer(item) {
  return {
    createdBy: item["createdBy"],
    createdByType: item["createdByType"],
    createdAt: !item["createdAt"] ? item["createdAt"] : new Date(item["createdAt"]),
    lastModifiedBy: item["lastModifiedBy"],
    lastModifiedByType: item["lastModifiedByType"],
    lastModifiedAt: !item["lastModifiedAt"] ? item["lastModifiedAt"] : new Date(item["lastModifiedAt"])
  };
}
var KnownCreatedByType = /* @__PURE__ */ ((KnownCreatedByType2) => {
  KnownCreatedByType2["User"] = "User";
  KnownCreatedByType2["Application"] = "Application";
  KnownCreatedByType2["ManagedIdentity"] = "ManagedIdentity";
  KnownCreatedByType2["Key"] = "Key";
  return KnownCreatedByType2;
})(KnownCreatedByType || {});
function trackedResourceSerializer(item) {
  return { tags: item["tags"], location: item["location"] };
}
function trackedResourceDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    location: item["location"]
  };
}
function registryUpdateParametersSerializer(item) {
  return {
    identity: !item["identity"] ? item["identity"] : identityPropertiesSerializer(item["identity"]),
    tags: item["tags"],
    sku: !item["sku"] ? item["sku"] : skuSerializer(item["sku"]),
    properties: areAllPropsUndefined(item, [
      "adminUserEnabled",
      "networkRuleSet",
      "policies",
      "encryption",
      "dataEndpointEnabled",
      "publicNetworkAccess",
      "networkRuleBypassOptions",
      "networkRuleBypassAllowedForTasks",
      "anonymousPullEnabled",
      "roleAssignmentMode"
    ]) ? void 0 : _registryUpdateParametersPropertiesSerializer(item)
  };
}
function registryPropertiesUpdateParametersSerializer(item) {
  return {
    adminUserEnabled: item["adminUserEnabled"],
    networkRuleSet: !item["networkRuleSet"] ? item["networkRuleSet"] : networkRuleSetSerializer(item["networkRuleSet"]),
    policies: !item["policies"] ? item["policies"] : policiesSerializer(item["policies"]),
    encryption: !item["encryption"] ? item["encryption"] : encryptionPropertySerializer(item["encryption"]),
    dataEndpointEnabled: item["dataEndpointEnabled"],
    publicNetworkAccess: item["publicNetworkAccess"],
    networkRuleBypassOptions: item["networkRuleBypassOptions"],
    networkRuleBypassAllowedForTasks: item["networkRuleBypassAllowedForTasks"],
    anonymousPullEnabled: item["anonymousPullEnabled"],
    roleAssignmentMode: item["roleAssignmentMode"]
  };
}
function _registryListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : registryArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function registryArraySerializer(result) {
  return result.map((item) => {
    return registrySerializer(item);
  });
}
function registryArrayDeserializer(result) {
  return result.map((item) => {
    return registryDeserializer(item);
  });
}
function importImageParametersSerializer(item) {
  return {
    source: importSourceSerializer(item["source"]),
    targetTags: !item["targetTags"] ? item["targetTags"] : item["targetTags"].map((p) => {
      return p;
    }),
    untaggedTargetRepositories: !item["untaggedTargetRepositories"] ? item["untaggedTargetRepositories"] : item["untaggedTargetRepositories"].map((p) => {
      return p;
    }),
    mode: item["mode"]
  };
}
function importSourceSerializer(item) {
  return {
    resourceId: item["resourceId"],
    registryUri: item["registryUri"],
    credentials: !item["credentials"] ? item["credentials"] : importSourceCredentialsSerializer(item["credentials"]),
    sourceImage: item["sourceImage"]
  };
}
function importSourceCredentialsSerializer(item) {
  return { username: item["username"], password: item["password"] };
}
var KnownImportMode = /* @__PURE__ */ ((KnownImportMode2) => {
  KnownImportMode2["NoForce"] = "NoForce";
  KnownImportMode2["Force"] = "Force";
  return KnownImportMode2;
})(KnownImportMode || {});
function registryUsageListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : registryUsageArrayDeserializer(item["value"])
  };
}
function registryUsageArrayDeserializer(result) {
  return result.map((item) => {
    return registryUsageDeserializer(item);
  });
}
function registryUsageDeserializer(item) {
  return {
    name: item["name"],
    limit: item["limit"],
    currentValue: item["currentValue"],
    unit: item["unit"]
  };
}
var KnownRegistryUsageUnit = /* @__PURE__ */ ((KnownRegistryUsageUnit2) => {
  KnownRegistryUsageUnit2["Count"] = "Count";
  KnownRegistryUsageUnit2["Bytes"] = "Bytes";
  return KnownRegistryUsageUnit2;
})(KnownRegistryUsageUnit || {});
function registryListCredentialsResultDeserializer(item) {
  return {
    username: item["username"],
    passwords: !item["passwords"] ? item["passwords"] : registryPasswordArrayDeserializer(item["passwords"])
  };
}
function registryPasswordArrayDeserializer(result) {
  return result.map((item) => {
    return registryPasswordDeserializer(item);
  });
}
function registryPasswordDeserializer(item) {
  return {
    name: item["name"],
    value: item["value"]
  };
}
function regenerateCredentialParametersSerializer(item) {
  return { name: item["name"] };
}
function generateCredentialsParametersSerializer(item) {
  return {
    tokenId: item["tokenId"],
    expiry: !item["expiry"] ? item["expiry"] : item["expiry"].toISOString(),
    name: item["name"]
  };
}
var KnownTokenPasswordName = /* @__PURE__ */ ((KnownTokenPasswordName2) => {
  KnownTokenPasswordName2["Password1"] = "password1";
  KnownTokenPasswordName2["Password2"] = "password2";
  return KnownTokenPasswordName2;
})(KnownTokenPasswordName || {});
function generateCredentialsResultDeserializer(item) {
  return {
    username: item["username"],
    passwords: !item["passwords"] ? item["passwords"] : tokenPasswordArrayDeserializer(item["passwords"])
  };
}
function tokenPasswordArraySerializer(result) {
  return result.map((item) => {
    return tokenPasswordSerializer(item);
  });
}
function tokenPasswordArrayDeserializer(result) {
  return result.map((item) => {
    return tokenPasswordDeserializer(item);
  });
}
function tokenPasswordSerializer(item) {
  return {
    creationTime: !item["creationTime"] ? item["creationTime"] : item["creationTime"].toISOString(),
    expiry: !item["expiry"] ? item["expiry"] : item["expiry"].toISOString(),
    name: item["name"]
  };
}
function tokenPasswordDeserializer(item) {
  return {
    creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
    expiry: !item["expiry"] ? item["expiry"] : new Date(item["expiry"]),
    name: item["name"],
    value: item["value"]
  };
}
function registryNameCheckRequestSerializer(item) {
  return { name: item["name"], type: item["type"] };
}
function registryNameStatusDeserializer(item) {
  return {
    nameAvailable: item["nameAvailable"],
    reason: item["reason"],
    message: item["message"]
  };
}
function privateLinkResourceDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    properties: !item["properties"] ? item["properties"] : privateLinkResourcePropertiesDeserializer(item["properties"])
  };
}
function privateLinkResourcePropertiesDeserializer(item) {
  return {
    groupId: item["groupId"],
    requiredMembers: !item["requiredMembers"] ? item["requiredMembers"] : item["requiredMembers"].map((p) => {
      return p;
    }),
    requiredZoneNames: !item["requiredZoneNames"] ? item["requiredZoneNames"] : item["requiredZoneNames"].map((p) => {
      return p;
    })
  };
}
function _privateLinkResourceListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : privateLinkResourceArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function privateLinkResourceArrayDeserializer(result) {
  return result.map((item) => {
    return privateLinkResourceDeserializer(item);
  });
}
function cacheRuleSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, [
      "credentialSetResourceId",
      "sourceRepository",
      "targetRepository"
    ]) ? void 0 : _cacheRulePropertiesSerializer(item)
  };
}
function cacheRuleDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _cacheRulePropertiesDeserializer(item["properties"])
  };
}
function cacheRulePropertiesSerializer(item) {
  return {
    credentialSetResourceId: item["credentialSetResourceId"],
    sourceRepository: item["sourceRepository"],
    targetRepository: item["targetRepository"]
  };
}
function cacheRulePropertiesDeserializer(item) {
  return {
    credentialSetResourceId: item["credentialSetResourceId"],
    sourceRepository: item["sourceRepository"],
    targetRepository: item["targetRepository"],
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"]
  };
}
function cacheRuleUpdateParametersSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["credentialSetResourceId"]) ? void 0 : _cacheRuleUpdateParametersPropertiesSerializer(item)
  };
}
function cacheRuleUpdatePropertiesSerializer(item) {
  return { credentialSetResourceId: item["credentialSetResourceId"] };
}
function _cacheRulesListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : cacheRuleArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function cacheRuleArraySerializer(result) {
  return result.map((item) => {
    return cacheRuleSerializer(item);
  });
}
function cacheRuleArrayDeserializer(result) {
  return result.map((item) => {
    return cacheRuleDeserializer(item);
  });
}
function credentialSetSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["loginServer", "authCredentials"]) ? void 0 : _credentialSetPropertiesSerializer(item),
    identity: !item["identity"] ? item["identity"] : identityPropertiesSerializer(item["identity"])
  };
}
function credentialSetDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _credentialSetPropertiesDeserializer(item["properties"]),
    identity: !item["identity"] ? item["identity"] : identityPropertiesDeserializer(item["identity"])
  };
}
function credentialSetPropertiesSerializer(item) {
  return {
    loginServer: item["loginServer"],
    authCredentials: !item["authCredentials"] ? item["authCredentials"] : authCredentialArraySerializer(item["authCredentials"])
  };
}
function credentialSetPropertiesDeserializer(item) {
  return {
    loginServer: item["loginServer"],
    authCredentials: !item["authCredentials"] ? item["authCredentials"] : authCredentialArrayDeserializer(item["authCredentials"]),
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"]
  };
}
function authCredentialArraySerializer(result) {
  return result.map((item) => {
    return authCredentialSerializer(item);
  });
}
function authCredentialArrayDeserializer(result) {
  return result.map((item) => {
    return authCredentialDeserializer(item);
  });
}
function authCredentialSerializer(item) {
  return {
    name: item["name"],
    usernameSecretIdentifier: item["usernameSecretIdentifier"],
    passwordSecretIdentifier: item["passwordSecretIdentifier"]
  };
}
function authCredentialDeserializer(item) {
  return {
    name: item["name"],
    usernameSecretIdentifier: item["usernameSecretIdentifier"],
    passwordSecretIdentifier: item["passwordSecretIdentifier"],
    credentialHealth: !item["credentialHealth"] ? item["credentialHealth"] : credentialHealthDeserializer(item["credentialHealth"])
  };
}
var KnownCredentialName = /* @__PURE__ */ ((KnownCredentialName2) => {
  KnownCredentialName2["Credential1"] = "Credential1";
  return KnownCredentialName2;
})(KnownCredentialName || {});
function credentialHealthDeserializer(item) {
  return {
    status: item["status"],
    errorCode: item["errorCode"],
    errorMessage: item["errorMessage"]
  };
}
var KnownCredentialHealthStatus = /* @__PURE__ */ ((KnownCredentialHealthStatus2) => {
  KnownCredentialHealthStatus2["Healthy"] = "Healthy";
  KnownCredentialHealthStatus2["Unhealthy"] = "Unhealthy";
  return KnownCredentialHealthStatus2;
})(KnownCredentialHealthStatus || {});
function credentialSetUpdateParametersSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["authCredentials"]) ? void 0 : _credentialSetUpdateParametersPropertiesSerializer(item),
    identity: !item["identity"] ? item["identity"] : identityPropertiesSerializer(item["identity"])
  };
}
function credentialSetUpdatePropertiesSerializer(item) {
  return {
    authCredentials: !item["authCredentials"] ? item["authCredentials"] : authCredentialArraySerializer(item["authCredentials"])
  };
}
function _credentialSetListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : credentialSetArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function credentialSetArraySerializer(result) {
  return result.map((item) => {
    return credentialSetSerializer(item);
  });
}
function credentialSetArrayDeserializer(result) {
  return result.map((item) => {
    return credentialSetDeserializer(item);
  });
}
function connectedRegistrySerializer(item) {
  return {
    properties: areAllPropsUndefined(item, [
      "mode",
      "parent",
      "clientTokenIds",
      "loginServer",
      "logging",
      "notificationsList",
      "garbageCollection"
    ]) ? void 0 : _connectedRegistryPropertiesSerializer(item)
  };
}
function connectedRegistryDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _connectedRegistryPropertiesDeserializer(item["properties"])
  };
}
function connectedRegistryPropertiesSerializer(item) {
  return {
    mode: item["mode"],
    parent: parentPropertiesSerializer(item["parent"]),
    clientTokenIds: !item["clientTokenIds"] ? item["clientTokenIds"] : item["clientTokenIds"].map((p) => {
      return p;
    }),
    loginServer: !item["loginServer"] ? item["loginServer"] : loginServerPropertiesSerializer(item["loginServer"]),
    logging: !item["logging"] ? item["logging"] : loggingPropertiesSerializer(item["logging"]),
    notificationsList: !item["notificationsList"] ? item["notificationsList"] : item["notificationsList"].map((p) => {
      return p;
    }),
    garbageCollection: !item["garbageCollection"] ? item["garbageCollection"] : garbageCollectionPropertiesSerializer(item["garbageCollection"])
  };
}
function connectedRegistryPropertiesDeserializer(item) {
  return {
    provisioningState: item["provisioningState"],
    mode: item["mode"],
    version: item["version"],
    connectionState: item["connectionState"],
    lastActivityTime: !item["lastActivityTime"] ? item["lastActivityTime"] : new Date(item["lastActivityTime"]),
    activation: !item["activation"] ? item["activation"] : activationPropertiesDeserializer(item["activation"]),
    parent: parentPropertiesDeserializer(item["parent"]),
    clientTokenIds: !item["clientTokenIds"] ? item["clientTokenIds"] : item["clientTokenIds"].map((p) => {
      return p;
    }),
    loginServer: !item["loginServer"] ? item["loginServer"] : loginServerPropertiesDeserializer(item["loginServer"]),
    logging: !item["logging"] ? item["logging"] : loggingPropertiesDeserializer(item["logging"]),
    statusDetails: !item["statusDetails"] ? item["statusDetails"] : statusDetailPropertiesArrayDeserializer(item["statusDetails"]),
    notificationsList: !item["notificationsList"] ? item["notificationsList"] : item["notificationsList"].map((p) => {
      return p;
    }),
    garbageCollection: !item["garbageCollection"] ? item["garbageCollection"] : garbageCollectionPropertiesDeserializer(item["garbageCollection"])
  };
}
var KnownConnectedRegistryMode = /* @__PURE__ */ ((KnownConnectedRegistryMode2) => {
  KnownConnectedRegistryMode2["ReadWrite"] = "ReadWrite";
  KnownConnectedRegistryMode2["ReadOnly"] = "ReadOnly";
  KnownConnectedRegistryMode2["Registry"] = "Registry";
  KnownConnectedRegistryMode2["Mirror"] = "Mirror";
  return KnownConnectedRegistryMode2;
})(KnownConnectedRegistryMode || {});
var KnownConnectionState = /* @__PURE__ */ ((KnownConnectionState2) => {
  KnownConnectionState2["Online"] = "Online";
  KnownConnectionState2["Offline"] = "Offline";
  KnownConnectionState2["Syncing"] = "Syncing";
  KnownConnectionState2["Unhealthy"] = "Unhealthy";
  return KnownConnectionState2;
})(KnownConnectionState || {});
function activationPropertiesDeserializer(item) {
  return {
    status: item["status"]
  };
}
var KnownActivationStatus = /* @__PURE__ */ ((KnownActivationStatus2) => {
  KnownActivationStatus2["Active"] = "Active";
  KnownActivationStatus2["Inactive"] = "Inactive";
  return KnownActivationStatus2;
})(KnownActivationStatus || {});
function parentPropertiesSerializer(item) {
  return { id: item["id"], syncProperties: syncPropertiesSerializer(item["syncProperties"]) };
}
function parentPropertiesDeserializer(item) {
  return {
    id: item["id"],
    syncProperties: syncPropertiesDeserializer(item["syncProperties"])
  };
}
function syncPropertiesSerializer(item) {
  return {
    tokenId: item["tokenId"],
    schedule: item["schedule"],
    syncWindow: item["syncWindow"],
    messageTtl: item["messageTtl"]
  };
}
function syncPropertiesDeserializer(item) {
  return {
    tokenId: item["tokenId"],
    schedule: item["schedule"],
    syncWindow: item["syncWindow"],
    messageTtl: item["messageTtl"],
    lastSyncTime: !item["lastSyncTime"] ? item["lastSyncTime"] : new Date(item["lastSyncTime"]),
    gatewayEndpoint: item["gatewayEndpoint"]
  };
}
function loginServerPropertiesSerializer(item) {
  return item;
}
function loginServerPropertiesDeserializer(item) {
  return {
    host: item["host"],
    tls: !item["tls"] ? item["tls"] : tlsPropertiesDeserializer(item["tls"])
  };
}
function tlsPropertiesDeserializer(item) {
  return {
    status: item["status"],
    certificate: !item["certificate"] ? item["certificate"] : tlsCertificatePropertiesDeserializer(item["certificate"])
  };
}
var KnownTlsStatus = /* @__PURE__ */ ((KnownTlsStatus2) => {
  KnownTlsStatus2["Enabled"] = "Enabled";
  KnownTlsStatus2["Disabled"] = "Disabled";
  return KnownTlsStatus2;
})(KnownTlsStatus || {});
function tlsCertificatePropertiesDeserializer(item) {
  return {
    type: item["type"],
    location: item["location"]
  };
}
var KnownCertificateType = /* @__PURE__ */ ((KnownCertificateType2) => {
  KnownCertificateType2["LocalDirectory"] = "LocalDirectory";
  return KnownCertificateType2;
})(KnownCertificateType || {});
function loggingPropertiesSerializer(item) {
  return { logLevel: item["logLevel"], auditLogStatus: item["auditLogStatus"] };
}
function loggingPropertiesDeserializer(item) {
  return {
    logLevel: item["logLevel"],
    auditLogStatus: item["auditLogStatus"]
  };
}
var KnownLogLevel = /* @__PURE__ */ ((KnownLogLevel2) => {
  KnownLogLevel2["Debug"] = "Debug";
  KnownLogLevel2["Information"] = "Information";
  KnownLogLevel2["Warning"] = "Warning";
  KnownLogLevel2["Error"] = "Error";
  KnownLogLevel2["None"] = "None";
  return KnownLogLevel2;
})(KnownLogLevel || {});
var KnownAuditLogStatus = /* @__PURE__ */ ((KnownAuditLogStatus2) => {
  KnownAuditLogStatus2["Enabled"] = "Enabled";
  KnownAuditLogStatus2["Disabled"] = "Disabled";
  return KnownAuditLogStatus2;
})(KnownAuditLogStatus || {});
function statusDetailPropertiesArrayDeserializer(result) {
  return result.map((item) => {
    return statusDetailPropertiesDeserializer(item);
  });
}
function statusDetailPropertiesDeserializer(item) {
  return {
    type: item["type"],
    code: item["code"],
    description: item["description"],
    timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
    correlationId: item["correlationId"]
  };
}
function garbageCollectionPropertiesSerializer(item) {
  return { enabled: item["enabled"], schedule: item["schedule"] };
}
function garbageCollectionPropertiesDeserializer(item) {
  return {
    enabled: item["enabled"],
    schedule: item["schedule"]
  };
}
function connectedRegistryUpdateParametersSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, [
      "syncProperties",
      "logging",
      "clientTokenIds",
      "notificationsList",
      "garbageCollection"
    ]) ? void 0 : _connectedRegistryUpdateParametersPropertiesSerializer(item)
  };
}
function connectedRegistryUpdatePropertiesSerializer(item) {
  return {
    syncProperties: !item["syncProperties"] ? item["syncProperties"] : syncUpdatePropertiesSerializer(item["syncProperties"]),
    logging: !item["logging"] ? item["logging"] : loggingPropertiesSerializer(item["logging"]),
    clientTokenIds: !item["clientTokenIds"] ? item["clientTokenIds"] : item["clientTokenIds"].map((p) => {
      return p;
    }),
    notificationsList: !item["notificationsList"] ? item["notificationsList"] : item["notificationsList"].map((p) => {
      return p;
    }),
    garbageCollection: !item["garbageCollection"] ? item["garbageCollection"] : garbageCollectionPropertiesSerializer(item["garbageCollection"])
  };
}
function syncUpdatePropertiesSerializer(item) {
  return {
    schedule: item["schedule"],
    syncWindow: item["syncWindow"],
    messageTtl: item["messageTtl"]
  };
}
function _connectedRegistryListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : connectedRegistryArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function connectedRegistryArraySerializer(result) {
  return result.map((item) => {
    return connectedRegistrySerializer(item);
  });
}
function connectedRegistryArrayDeserializer(result) {
  return result.map((item) => {
    return connectedRegistryDeserializer(item);
  });
}
function _privateEndpointConnectionListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : privateEndpointConnectionArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function replicationSerializer(item) {
  return {
    tags: item["tags"],
    location: item["location"],
    properties: areAllPropsUndefined(item, ["regionEndpointEnabled", "zoneRedundancy"]) ? void 0 : _replicationPropertiesSerializer(item)
  };
}
function replicationDeserializer(item) {
  return {
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    location: item["location"],
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _replicationPropertiesDeserializer(item["properties"])
  };
}
function replicationPropertiesSerializer(item) {
  return {
    regionEndpointEnabled: item["regionEndpointEnabled"],
    zoneRedundancy: item["zoneRedundancy"]
  };
}
function replicationPropertiesDeserializer(item) {
  return {
    provisioningState: item["provisioningState"],
    status: !item["status"] ? item["status"] : statusDeserializer(item["status"]),
    regionEndpointEnabled: item["regionEndpointEnabled"],
    zoneRedundancy: item["zoneRedundancy"]
  };
}
function replicationUpdateParametersSerializer(item) {
  return {
    tags: item["tags"],
    properties: areAllPropsUndefined(item, ["regionEndpointEnabled"]) ? void 0 : _replicationUpdateParametersPropertiesSerializer(item)
  };
}
function replicationUpdateParametersPropertiesSerializer(item) {
  return { regionEndpointEnabled: item["regionEndpointEnabled"] };
}
function _replicationListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : replicationArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function replicationArraySerializer(result) {
  return result.map((item) => {
    return replicationSerializer(item);
  });
}
function replicationArrayDeserializer(result) {
  return result.map((item) => {
    return replicationDeserializer(item);
  });
}
function scopeMapSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["description", "actions"]) ? void 0 : _scopeMapPropertiesSerializer(item)
  };
}
function scopeMapDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _scopeMapPropertiesDeserializer(item["properties"])
  };
}
function scopeMapPropertiesSerializer(item) {
  return {
    description: item["description"],
    actions: item["actions"].map((p) => {
      return p;
    })
  };
}
function scopeMapPropertiesDeserializer(item) {
  return {
    description: item["description"],
    type: item["type"],
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"],
    actions: item["actions"].map((p) => {
      return p;
    })
  };
}
function scopeMapUpdateParametersSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["description", "actions"]) ? void 0 : _scopeMapUpdateParametersPropertiesSerializer(item)
  };
}
function scopeMapPropertiesUpdateParametersSerializer(item) {
  return {
    description: item["description"],
    actions: !item["actions"] ? item["actions"] : item["actions"].map((p) => {
      return p;
    })
  };
}
function _scopeMapListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : scopeMapArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function scopeMapArraySerializer(result) {
  return result.map((item) => {
    return scopeMapSerializer(item);
  });
}
function scopeMapArrayDeserializer(result) {
  return result.map((item) => {
    return scopeMapDeserializer(item);
  });
}
function tokenSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["scopeMapId", "credentials", "status"]) ? void 0 : _tokenPropertiesSerializer(item)
  };
}
function tokenDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _tokenPropertiesDeserializer(item["properties"])
  };
}
function tokenPropertiesSerializer(item) {
  return {
    scopeMapId: item["scopeMapId"],
    credentials: !item["credentials"] ? item["credentials"] : tokenCredentialsPropertiesSerializer(item["credentials"]),
    status: item["status"]
  };
}
function tokenPropertiesDeserializer(item) {
  return {
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"],
    scopeMapId: item["scopeMapId"],
    credentials: !item["credentials"] ? item["credentials"] : tokenCredentialsPropertiesDeserializer(item["credentials"]),
    status: item["status"]
  };
}
function tokenCredentialsPropertiesSerializer(item) {
  return {
    certificates: !item["certificates"] ? item["certificates"] : tokenCertificateArraySerializer(item["certificates"]),
    passwords: !item["passwords"] ? item["passwords"] : tokenPasswordArraySerializer(item["passwords"])
  };
}
function tokenCredentialsPropertiesDeserializer(item) {
  return {
    certificates: !item["certificates"] ? item["certificates"] : tokenCertificateArrayDeserializer(item["certificates"]),
    passwords: !item["passwords"] ? item["passwords"] : tokenPasswordArrayDeserializer(item["passwords"])
  };
}
function tokenCertificateArraySerializer(result) {
  return result.map((item) => {
    return tokenCertificateSerializer(item);
  });
}
function tokenCertificateArrayDeserializer(result) {
  return result.map((item) => {
    return tokenCertificateDeserializer(item);
  });
}
function tokenCertificateSerializer(item) {
  return {
    name: item["name"],
    expiry: !item["expiry"] ? item["expiry"] : item["expiry"].toISOString(),
    thumbprint: item["thumbprint"],
    encodedPemCertificate: item["encodedPemCertificate"]
  };
}
function tokenCertificateDeserializer(item) {
  return {
    name: item["name"],
    expiry: !item["expiry"] ? item["expiry"] : new Date(item["expiry"]),
    thumbprint: item["thumbprint"],
    encodedPemCertificate: item["encodedPemCertificate"]
  };
}
var KnownTokenCertificateName = /* @__PURE__ */ ((KnownTokenCertificateName2) => {
  KnownTokenCertificateName2["Certificate1"] = "certificate1";
  KnownTokenCertificateName2["Certificate2"] = "certificate2";
  return KnownTokenCertificateName2;
})(KnownTokenCertificateName || {});
var KnownTokenStatus = /* @__PURE__ */ ((KnownTokenStatus2) => {
  KnownTokenStatus2["Enabled"] = "enabled";
  KnownTokenStatus2["Disabled"] = "disabled";
  return KnownTokenStatus2;
})(KnownTokenStatus || {});
function tokenUpdateParametersSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["scopeMapId", "status", "credentials"]) ? void 0 : _tokenUpdateParametersPropertiesSerializer(item)
  };
}
function tokenUpdatePropertiesSerializer(item) {
  return {
    scopeMapId: item["scopeMapId"],
    status: item["status"],
    credentials: !item["credentials"] ? item["credentials"] : tokenCredentialsPropertiesSerializer(item["credentials"])
  };
}
function _tokenListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : tokenArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function tokenArraySerializer(result) {
  return result.map((item) => {
    return tokenSerializer(item);
  });
}
function tokenArrayDeserializer(result) {
  return result.map((item) => {
    return tokenDeserializer(item);
  });
}
function webhookDeserializer(item) {
  return {
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    location: item["location"],
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _webhookPropertiesDeserializer(item["properties"])
  };
}
function webhookPropertiesDeserializer(item) {
  return {
    status: item["status"],
    scope: item["scope"],
    actions: item["actions"].map((p) => {
      return p;
    }),
    provisioningState: item["provisioningState"]
  };
}
var KnownWebhookStatus = /* @__PURE__ */ ((KnownWebhookStatus2) => {
  KnownWebhookStatus2["Enabled"] = "enabled";
  KnownWebhookStatus2["Disabled"] = "disabled";
  return KnownWebhookStatus2;
})(KnownWebhookStatus || {});
var KnownWebhookAction = /* @__PURE__ */ ((KnownWebhookAction2) => {
  KnownWebhookAction2["Push"] = "push";
  KnownWebhookAction2["Delete"] = "delete";
  KnownWebhookAction2["Quarantine"] = "quarantine";
  KnownWebhookAction2["ChartPush"] = "chart_push";
  KnownWebhookAction2["ChartDelete"] = "chart_delete";
  return KnownWebhookAction2;
})(KnownWebhookAction || {});
function webhookCreateParametersSerializer(item) {
  return {
    tags: item["tags"],
    location: item["location"],
    properties: areAllPropsUndefined(item, [
      "serviceUri",
      "customHeaders",
      "status",
      "scope",
      "actions"
    ]) ? void 0 : _webhookCreateParametersPropertiesSerializer(item)
  };
}
function webhookPropertiesCreateParametersSerializer(item) {
  return {
    serviceUri: item["serviceUri"],
    customHeaders: item["customHeaders"],
    status: item["status"],
    scope: item["scope"],
    actions: item["actions"].map((p) => {
      return p;
    })
  };
}
function webhookUpdateParametersSerializer(item) {
  return {
    tags: item["tags"],
    properties: areAllPropsUndefined(item, [
      "serviceUri",
      "customHeaders",
      "status",
      "scope",
      "actions"
    ]) ? void 0 : _webhookUpdateParametersPropertiesSerializer(item)
  };
}
function webhookPropertiesUpdateParametersSerializer(item) {
  return {
    serviceUri: item["serviceUri"],
    customHeaders: item["customHeaders"],
    status: item["status"],
    scope: item["scope"],
    actions: !item["actions"] ? item["actions"] : item["actions"].map((p) => {
      return p;
    })
  };
}
function _webhookListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : webhookArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function webhookArrayDeserializer(result) {
  return result.map((item) => {
    return webhookDeserializer(item);
  });
}
function eventInfoDeserializer(item) {
  return {
    id: item["id"]
  };
}
function _eventListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : eventArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function eventArrayDeserializer(result) {
  return result.map((item) => {
    return eventDeserializer(item);
  });
}
function eventDeserializer(item) {
  return {
    id: item["id"],
    eventRequestMessage: !item["eventRequestMessage"] ? item["eventRequestMessage"] : eventRequestMessageDeserializer(item["eventRequestMessage"]),
    eventResponseMessage: !item["eventResponseMessage"] ? item["eventResponseMessage"] : eventResponseMessageDeserializer(item["eventResponseMessage"])
  };
}
function eventRequestMessageDeserializer(item) {
  return {
    content: !item["content"] ? item["content"] : eventContentDeserializer(item["content"]),
    headers: !item["headers"] ? item["headers"] : Object.fromEntries(Object.entries(item["headers"]).map(([k, p]) => [k, p])),
    method: item["method"],
    requestUri: item["requestUri"],
    version: item["version"]
  };
}
function eventContentDeserializer(item) {
  return {
    id: item["id"],
    timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
    action: item["action"],
    target: !item["target"] ? item["target"] : targetDeserializer(item["target"]),
    request: !item["request"] ? item["request"] : requestDeserializer(item["request"]),
    actor: !item["actor"] ? item["actor"] : actorDeserializer(item["actor"]),
    source: !item["source"] ? item["source"] : sourceDeserializer(item["source"])
  };
}
function targetDeserializer(item) {
  return {
    mediaType: item["mediaType"],
    size: item["size"],
    digest: item["digest"],
    length: item["length"],
    repository: item["repository"],
    url: item["url"],
    tag: item["tag"],
    name: item["name"],
    version: item["version"]
  };
}
function requestDeserializer(item) {
  return {
    id: item["id"],
    addr: item["addr"],
    host: item["host"],
    method: item["method"],
    useragent: item["useragent"]
  };
}
function actorDeserializer(item) {
  return {
    name: item["name"]
  };
}
function sourceDeserializer(item) {
  return {
    addr: item["addr"],
    instanceID: item["instanceID"]
  };
}
function eventResponseMessageDeserializer(item) {
  return {
    content: item["content"],
    headers: !item["headers"] ? item["headers"] : Object.fromEntries(Object.entries(item["headers"]).map(([k, p]) => [k, p])),
    reasonPhrase: item["reasonPhrase"],
    statusCode: item["statusCode"],
    version: item["version"]
  };
}
function callbackConfigDeserializer(item) {
  return {
    serviceUri: item["serviceUri"],
    customHeaders: !item["customHeaders"] ? item["customHeaders"] : Object.fromEntries(
      Object.entries(item["customHeaders"]).map(([k, p]) => [k, p])
    )
  };
}
var KnownVersions = /* @__PURE__ */ ((KnownVersions2) => {
  KnownVersions2["V20251101"] = "2025-11-01";
  return KnownVersions2;
})(KnownVersions || {});
function _operationDefinitionPropertiesDeserializer(item) {
  return {
    serviceSpecification: !item["serviceSpecification"] ? item["serviceSpecification"] : operationServiceSpecificationDefinitionDeserializer(item["serviceSpecification"])
  };
}
function _privateEndpointConnectionPropertiesSerializer(item) {
  return {
    privateEndpoint: !item["privateEndpoint"] ? item["privateEndpoint"] : privateEndpointSerializer(item["privateEndpoint"]),
    privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"] ? item["privateLinkServiceConnectionState"] : privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"])
  };
}
function _privateEndpointConnectionPropertiesDeserializer(item) {
  return {
    privateEndpoint: !item["privateEndpoint"] ? item["privateEndpoint"] : privateEndpointDeserializer(item["privateEndpoint"]),
    privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"] ? item["privateLinkServiceConnectionState"] : privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"]),
    provisioningState: item["provisioningState"]
  };
}
function _registryPropertiesSerializer(item) {
  return {
    adminUserEnabled: item["adminUserEnabled"],
    networkRuleSet: !item["networkRuleSet"] ? item["networkRuleSet"] : networkRuleSetSerializer(item["networkRuleSet"]),
    policies: !item["policies"] ? item["policies"] : policiesSerializer(item["policies"]),
    encryption: !item["encryption"] ? item["encryption"] : encryptionPropertySerializer(item["encryption"]),
    dataEndpointEnabled: item["dataEndpointEnabled"],
    publicNetworkAccess: item["publicNetworkAccess"],
    networkRuleBypassOptions: item["networkRuleBypassOptions"],
    networkRuleBypassAllowedForTasks: item["networkRuleBypassAllowedForTasks"],
    zoneRedundancy: item["zoneRedundancy"],
    anonymousPullEnabled: item["anonymousPullEnabled"],
    roleAssignmentMode: item["roleAssignmentMode"]
  };
}
function _registryPropertiesDeserializer(item) {
  return {
    loginServer: item["loginServer"],
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"],
    status: !item["status"] ? item["status"] : statusDeserializer(item["status"]),
    adminUserEnabled: item["adminUserEnabled"],
    networkRuleSet: !item["networkRuleSet"] ? item["networkRuleSet"] : networkRuleSetDeserializer(item["networkRuleSet"]),
    policies: !item["policies"] ? item["policies"] : policiesDeserializer(item["policies"]),
    encryption: !item["encryption"] ? item["encryption"] : encryptionPropertyDeserializer(item["encryption"]),
    dataEndpointEnabled: item["dataEndpointEnabled"],
    dataEndpointHostNames: !item["dataEndpointHostNames"] ? item["dataEndpointHostNames"] : item["dataEndpointHostNames"].map((p) => {
      return p;
    }),
    privateEndpointConnections: !item["privateEndpointConnections"] ? item["privateEndpointConnections"] : privateEndpointConnectionArrayDeserializer(item["privateEndpointConnections"]),
    publicNetworkAccess: item["publicNetworkAccess"],
    networkRuleBypassOptions: item["networkRuleBypassOptions"],
    networkRuleBypassAllowedForTasks: item["networkRuleBypassAllowedForTasks"],
    zoneRedundancy: item["zoneRedundancy"],
    anonymousPullEnabled: item["anonymousPullEnabled"],
    roleAssignmentMode: item["roleAssignmentMode"]
  };
}
function _registryUpdateParametersPropertiesSerializer(item) {
  return {
    adminUserEnabled: item["adminUserEnabled"],
    networkRuleSet: !item["networkRuleSet"] ? item["networkRuleSet"] : networkRuleSetSerializer(item["networkRuleSet"]),
    policies: !item["policies"] ? item["policies"] : policiesSerializer(item["policies"]),
    encryption: !item["encryption"] ? item["encryption"] : encryptionPropertySerializer(item["encryption"]),
    dataEndpointEnabled: item["dataEndpointEnabled"],
    publicNetworkAccess: item["publicNetworkAccess"],
    networkRuleBypassOptions: item["networkRuleBypassOptions"],
    networkRuleBypassAllowedForTasks: item["networkRuleBypassAllowedForTasks"],
    anonymousPullEnabled: item["anonymousPullEnabled"],
    roleAssignmentMode: item["roleAssignmentMode"]
  };
}
function _cacheRulePropertiesSerializer(item) {
  return {
    credentialSetResourceId: item["credentialSetResourceId"],
    sourceRepository: item["sourceRepository"],
    targetRepository: item["targetRepository"]
  };
}
function _cacheRulePropertiesDeserializer(item) {
  return {
    credentialSetResourceId: item["credentialSetResourceId"],
    sourceRepository: item["sourceRepository"],
    targetRepository: item["targetRepository"],
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"]
  };
}
function _cacheRuleUpdateParametersPropertiesSerializer(item) {
  return { credentialSetResourceId: item["credentialSetResourceId"] };
}
function _credentialSetPropertiesSerializer(item) {
  return {
    loginServer: item["loginServer"],
    authCredentials: !item["authCredentials"] ? item["authCredentials"] : authCredentialArraySerializer(item["authCredentials"])
  };
}
function _credentialSetPropertiesDeserializer(item) {
  return {
    loginServer: item["loginServer"],
    authCredentials: !item["authCredentials"] ? item["authCredentials"] : authCredentialArrayDeserializer(item["authCredentials"]),
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"]
  };
}
function _credentialSetUpdateParametersPropertiesSerializer(item) {
  return {
    authCredentials: !item["authCredentials"] ? item["authCredentials"] : authCredentialArraySerializer(item["authCredentials"])
  };
}
function _connectedRegistryPropertiesSerializer(item) {
  return {
    mode: item["mode"],
    parent: !item["parent"] ? item["parent"] : parentPropertiesSerializer(item["parent"]),
    clientTokenIds: !item["clientTokenIds"] ? item["clientTokenIds"] : item["clientTokenIds"].map((p) => {
      return p;
    }),
    loginServer: !item["loginServer"] ? item["loginServer"] : loginServerPropertiesSerializer(item["loginServer"]),
    logging: !item["logging"] ? item["logging"] : loggingPropertiesSerializer(item["logging"]),
    notificationsList: !item["notificationsList"] ? item["notificationsList"] : item["notificationsList"].map((p) => {
      return p;
    }),
    garbageCollection: !item["garbageCollection"] ? item["garbageCollection"] : garbageCollectionPropertiesSerializer(item["garbageCollection"])
  };
}
function _connectedRegistryPropertiesDeserializer(item) {
  return {
    provisioningState: item["provisioningState"],
    mode: item["mode"],
    version: item["version"],
    connectionState: item["connectionState"],
    lastActivityTime: !item["lastActivityTime"] ? item["lastActivityTime"] : new Date(item["lastActivityTime"]),
    activation: !item["activation"] ? item["activation"] : activationPropertiesDeserializer(item["activation"]),
    parent: !item["parent"] ? item["parent"] : parentPropertiesDeserializer(item["parent"]),
    clientTokenIds: !item["clientTokenIds"] ? item["clientTokenIds"] : item["clientTokenIds"].map((p) => {
      return p;
    }),
    loginServer: !item["loginServer"] ? item["loginServer"] : loginServerPropertiesDeserializer(item["loginServer"]),
    logging: !item["logging"] ? item["logging"] : loggingPropertiesDeserializer(item["logging"]),
    statusDetails: !item["statusDetails"] ? item["statusDetails"] : statusDetailPropertiesArrayDeserializer(item["statusDetails"]),
    notificationsList: !item["notificationsList"] ? item["notificationsList"] : item["notificationsList"].map((p) => {
      return p;
    }),
    garbageCollection: !item["garbageCollection"] ? item["garbageCollection"] : garbageCollectionPropertiesDeserializer(item["garbageCollection"])
  };
}
function _connectedRegistryUpdateParametersPropertiesSerializer(item) {
  return {
    syncProperties: !item["syncProperties"] ? item["syncProperties"] : syncUpdatePropertiesSerializer(item["syncProperties"]),
    logging: !item["logging"] ? item["logging"] : loggingPropertiesSerializer(item["logging"]),
    clientTokenIds: !item["clientTokenIds"] ? item["clientTokenIds"] : item["clientTokenIds"].map((p) => {
      return p;
    }),
    notificationsList: !item["notificationsList"] ? item["notificationsList"] : item["notificationsList"].map((p) => {
      return p;
    }),
    garbageCollection: !item["garbageCollection"] ? item["garbageCollection"] : garbageCollectionPropertiesSerializer(item["garbageCollection"])
  };
}
function _replicationPropertiesSerializer(item) {
  return {
    regionEndpointEnabled: item["regionEndpointEnabled"],
    zoneRedundancy: item["zoneRedundancy"]
  };
}
function _replicationPropertiesDeserializer(item) {
  return {
    provisioningState: item["provisioningState"],
    status: !item["status"] ? item["status"] : statusDeserializer(item["status"]),
    regionEndpointEnabled: item["regionEndpointEnabled"],
    zoneRedundancy: item["zoneRedundancy"]
  };
}
function _replicationUpdateParametersPropertiesSerializer(item) {
  return { regionEndpointEnabled: item["regionEndpointEnabled"] };
}
function _scopeMapPropertiesSerializer(item) {
  return {
    description: item["description"],
    actions: !item["actions"] ? item["actions"] : item["actions"].map((p) => {
      return p;
    })
  };
}
function _scopeMapPropertiesDeserializer(item) {
  return {
    description: item["description"],
    typePropertiesType: item["type"],
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"],
    actions: !item["actions"] ? item["actions"] : item["actions"].map((p) => {
      return p;
    })
  };
}
function _scopeMapUpdateParametersPropertiesSerializer(item) {
  return {
    description: item["description"],
    actions: !item["actions"] ? item["actions"] : item["actions"].map((p) => {
      return p;
    })
  };
}
function _tokenPropertiesSerializer(item) {
  return {
    scopeMapId: item["scopeMapId"],
    credentials: !item["credentials"] ? item["credentials"] : tokenCredentialsPropertiesSerializer(item["credentials"]),
    status: item["status"]
  };
}
function _tokenPropertiesDeserializer(item) {
  return {
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"],
    scopeMapId: item["scopeMapId"],
    credentials: !item["credentials"] ? item["credentials"] : tokenCredentialsPropertiesDeserializer(item["credentials"]),
    status: item["status"]
  };
}
function _tokenUpdateParametersPropertiesSerializer(item) {
  return {
    scopeMapId: item["scopeMapId"],
    status: item["status"],
    credentials: !item["credentials"] ? item["credentials"] : tokenCredentialsPropertiesSerializer(item["credentials"])
  };
}
function _webhookPropertiesDeserializer(item) {
  return {
    status: item["status"],
    scope: item["scope"],
    actions: !item["actions"] ? item["actions"] : item["actions"].map((p) => {
      return p;
    }),
    provisioningState: item["provisioningState"]
  };
}
function _webhookCreateParametersPropertiesSerializer(item) {
  return {
    serviceUri: item["serviceUri"],
    customHeaders: item["customHeaders"],
    status: item["status"],
    scope: item["scope"],
    actions: !item["actions"] ? item["actions"] : item["actions"].map((p) => {
      return p;
    })
  };
}
function _webhookUpdateParametersPropertiesSerializer(item) {
  return {
    serviceUri: item["serviceUri"],
    customHeaders: item["customHeaders"],
    status: item["status"],
    scope: item["scope"],
    actions: !item["actions"] ? item["actions"] : item["actions"].map((p) => {
      return p;
    })
  };
}


// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 37 modules
var core_rest_pipeline_dist_esm = __webpack_require__(1818);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/static-helpers/pagingHelpers.js


function buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
  const itemName = options.itemName ?? "value";
  const nextLinkName = options.nextLinkName ?? "nextLink";
  const nextLinkMethod = options.nextLinkMethod ?? "GET";
  const pagedResult = {
    getPage: async (pageLink) => {
      const result = pageLink === void 0 ? await getInitialResponse() : nextLinkMethod === "POST" ? await client.pathUnchecked(pageLink).post() : await client.pathUnchecked(pageLink).get();
      checkPagingRequest(result, expectedStatuses);
      const results = await processResponseBody(result);
      const nextLink = getNextLink(results, nextLinkName);
      const values = getElements(results, itemName);
      return {
        page: values,
        nextPageLink: nextLink
      };
    },
    byPage: (settings) => {
      const { continuationToken } = settings ?? {};
      return getPageAsyncIterator(pagedResult, {
        pageLink: continuationToken
      });
    }
  };
  return getPagedAsyncIterator(pagedResult);
}
function getPagedAsyncIterator(pagedResult) {
  const iter = getItemAsyncIterator(pagedResult);
  return {
    next() {
      return iter.next();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    byPage: pagedResult?.byPage ?? ((settings) => {
      const { continuationToken } = settings ?? {};
      return getPageAsyncIterator(pagedResult, {
        pageLink: continuationToken
      });
    })
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
function getNextLink(body, nextLinkName) {
  if (!nextLinkName) {
    return void 0;
  }
  const nextLink = body[nextLinkName];
  if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) {
    throw new core_rest_pipeline_dist_esm/* RestError */.pj(
      `Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`
    );
  }
  if (nextLink === null) {
    return void 0;
  }
  return nextLink;
}
function getElements(body, itemName) {
  const value = body[itemName];
  if (!Array.isArray(value)) {
    throw new core_rest_pipeline_dist_esm/* RestError */.pj(
      `Couldn't paginate response
 Body doesn't contain an array property with name: ${itemName}`
    );
  }
  return value ?? [];
}
function checkPagingRequest(response, expectedStatuses) {
  if (!expectedStatuses.includes(response.status)) {
    throw (0,dist_esm/* createRestError */.t$)(
      `Pagination failed with unexpected statusCode ${response.status}`,
      response
    );
  }
}


// EXTERNAL MODULE: ./node_modules/@azure/core-lro/dist/esm/index.js + 7 modules
var core_lro_dist_esm = __webpack_require__(64850);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/static-helpers/pollingHelpers.js


function pollingHelpers_getLongRunningPoller(client, processResponseBody, expectedStatuses, options) {
  const { restoreFrom, getInitialResponse } = options;
  if (!restoreFrom && !getInitialResponse) {
    throw new Error("Either restoreFrom or getInitialResponse must be specified");
  }
  let initialResponse = void 0;
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
      function abortListener() {
        pollAbortController.abort();
      }
      const abortSignal = pollAbortController.signal;
      if (options.abortSignal?.aborted) {
        pollAbortController.abort();
      } else if (pollOptions?.abortSignal?.aborted) {
        pollAbortController.abort();
      } else if (!abortSignal.aborted) {
        options.abortSignal?.addEventListener("abort", abortListener, {
          once: true
        });
        pollOptions?.abortSignal?.addEventListener("abort", abortListener, {
          once: true
        });
      }
      let response;
      try {
        response = await client.pathUnchecked(path).get({ abortSignal });
      } finally {
        options.abortSignal?.removeEventListener("abort", abortListener);
        pollOptions?.abortSignal?.removeEventListener("abort", abortListener);
      }
      return getLroResponse(response, expectedStatuses);
    }
  };
  return (0,core_lro_dist_esm/* createHttpPoller */.V)(poller, {
    intervalInMs: options?.updateIntervalInMs,
    resourceLocationConfig: options?.resourceLocationConfig,
    restoreFrom: options?.restoreFrom,
    processResult: (result) => {
      return processResponseBody(result);
    }
  });
}
function getLroResponse(response, expectedStatuses) {
  if (!expectedStatuses.includes(response.status)) {
    throw (0,dist_esm/* createRestError */.t$)(response);
  }
  return {
    flatResponse: response,
    rawResponse: {
      ...response,
      statusCode: Number.parseInt(response.status),
      body: response.body
    }
  };
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/static-helpers/urlTemplate.js
function encodeComponent(val, reserved, op) {
  return (reserved ?? op === "+") || op === "#" ? encodeReservedComponent(val) : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map((part) => !/%[0-9A-Fa-f]/.test(part) ? encodeURI(part) : part).join("");
}
function encodeRFC3986URIComponent(str) {
  return encodeURIComponent(str).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
}
function isDefined(val) {
  return val !== void 0 && val !== null;
}
function getNamedAndIfEmpty(op) {
  return [!!op && [";", "?", "&"].includes(op), !!op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = false) {
  if (isFirst) {
    return !op || op === "+" ? "" : op;
  } else if (!op || op === "+" || op === "#") {
    return ",";
  } else if (op === "?") {
    return "&";
  } else {
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
      vals.push(`${getFirstOrSep(op, isFirst)}`);
      if (named && varName) {
        vals.push(`${encodeURIComponent(varName)}`);
        if (val === "") {
          vals.push(ifEmpty);
        } else {
          vals.push("=");
        }
      }
      vals.push(encodeComponent(val, reserved, op));
      isFirst = false;
    }
  } else if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      const val = value[key];
      if (!isDefined(val)) {
        continue;
      }
      vals.push(`${getFirstOrSep(op, isFirst)}`);
      if (key) {
        vals.push(`${encodeURIComponent(key)}`);
        if (named && val === "") {
          vals.push(ifEmpty);
        } else {
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
      return !vals.join("") ? void 0 : `${first}${vals.join("")}`;
    }
    vals.push("=");
  }
  const items = [];
  if (Array.isArray(value)) {
    for (const val of value.filter(isDefined)) {
      items.push(encodeComponent(val, reserved, op));
    }
  } else if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      if (!isDefined(value[key])) {
        continue;
      }
      items.push(encodeRFC3986URIComponent(key));
      items.push(encodeComponent(value[key], reserved, op));
    }
  }
  vals.push(items.join(","));
  return !vals.join(",") ? void 0 : `${first}${vals.join("")}`;
}
function getVarValue(option) {
  const { op, varName, modifier, isFirst, reserved, varValue: value } = option;
  if (!isDefined(value)) {
    return void 0;
  } else if (["string", "number", "boolean"].includes(typeof value)) {
    let val = value.toString();
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    const vals = [getFirstOrSep(op, isFirst)];
    if (named && varName) {
      vals.push(varName);
      if (val === "") {
        vals.push(ifEmpty);
      } else {
        vals.push("=");
      }
    }
    if (modifier && modifier !== "*") {
      val = val.substring(0, parseInt(modifier, 10));
    }
    vals.push(encodeComponent(val, reserved, op));
    return vals.join("");
  } else if (modifier === "*") {
    return getExpandedValue(option);
  } else {
    return getNonExpandedValue(option);
  }
}
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
    const result2 = [];
    for (const varSpec of varList) {
      const varMatch = /([^:*]*)(?::(\d+)|(\*))?/.exec(varSpec);
      if (!varMatch || !varMatch[1]) {
        continue;
      }
      const varValue = getVarValue({
        isFirst: result2.length === 0,
        op,
        varValue: context[varMatch[1]],
        varName: varMatch[1],
        modifier: varMatch[2] || varMatch[3],
        reserved: option?.allowReserved
      });
      if (varValue) {
        result2.push(varValue);
      }
    }
    return result2.join("");
  });
  return normalizeUnreserved(result);
}
function normalizeUnreserved(uri) {
  return uri.replace(/%([0-9A-Fa-f]{2})/g, (match, hex) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    if (/[\-.~]/.test(char)) {
      return char;
    }
    return match;
  });
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/api/cacheRules/operations.js





function _listSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/cacheRules{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _cacheRulesListResultDeserializer(result.body);
}
function list(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listSend(context, resourceGroupName, registryName, options),
    _listDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _$deleteSend(context, resourceGroupName, registryName, cacheRuleName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/cacheRules/{cacheRuleName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      cacheRuleName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _$deleteDeserialize(result) {
  const expectedStatuses = ["202", "204", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function $delete(context, resourceGroupName, registryName, cacheRuleName, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, _$deleteDeserialize, ["202", "204", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend(context, resourceGroupName, registryName, cacheRuleName, options),
    resourceLocationConfig: "location"
  });
}
function _updateSend(context, resourceGroupName, registryName, cacheRuleName, cacheRuleUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/cacheRules/{cacheRuleName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      cacheRuleName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: cacheRuleUpdateParametersSerializer(cacheRuleUpdateParameters)
  });
}
async function _updateDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return cacheRuleDeserializer(result.body);
}
function update(context, resourceGroupName, registryName, cacheRuleName, cacheRuleUpdateParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, _updateDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _updateSend(
      context,
      resourceGroupName,
      registryName,
      cacheRuleName,
      cacheRuleUpdateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _createSend(context, resourceGroupName, registryName, cacheRuleName, cacheRuleCreateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/cacheRules/{cacheRuleName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      cacheRuleName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: cacheRuleSerializer(cacheRuleCreateParameters)
  });
}
async function _createDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return cacheRuleDeserializer(result.body);
}
function create(context, resourceGroupName, registryName, cacheRuleName, cacheRuleCreateParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, _createDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createSend(
      context,
      resourceGroupName,
      registryName,
      cacheRuleName,
      cacheRuleCreateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _getSend(context, resourceGroupName, registryName, cacheRuleName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/cacheRules/{cacheRuleName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      cacheRuleName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return cacheRuleDeserializer(result.body);
}
async function get(context, resourceGroupName, registryName, cacheRuleName, options = { requestOptions: {} }) {
  const result = await _getSend(context, resourceGroupName, registryName, cacheRuleName, options);
  return _getDeserialize(result);
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/static-helpers/simplePollerHelpers.js
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
        throw new Error(
          "Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState()."
        );
      }
      return poller.operationState;
    },
    getResult() {
      return poller.result;
    },
    toString() {
      if (!poller.operationState) {
        throw new Error(
          "Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState()."
        );
      }
      return JSON.stringify({
        state: poller.operationState
      });
    },
    stopPolling() {
      throw new Error("stopPolling is deprecated. Use abortSignal to stop polling instead.");
    },
    onProgress: poller.onProgress,
    poll: poller.poll,
    pollUntilDone: poller.pollUntilDone,
    serialize: poller.serialize,
    submitted: poller.submitted
  };
  return simplePoller;
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/classic/cacheRules/index.js


function _getCacheRules(context) {
  return {
    list: (resourceGroupName, registryName, options) => list(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, cacheRuleName, options) => $delete(context, resourceGroupName, registryName, cacheRuleName, options),
    beginDelete: async (resourceGroupName, registryName, cacheRuleName, options) => {
      const poller = $delete(context, resourceGroupName, registryName, cacheRuleName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, cacheRuleName, options) => {
      return await $delete(context, resourceGroupName, registryName, cacheRuleName, options);
    },
    update: (resourceGroupName, registryName, cacheRuleName, cacheRuleUpdateParameters, options) => update(
      context,
      resourceGroupName,
      registryName,
      cacheRuleName,
      cacheRuleUpdateParameters,
      options
    ),
    beginUpdate: async (resourceGroupName, registryName, cacheRuleName, cacheRuleUpdateParameters, options) => {
      const poller = update(
        context,
        resourceGroupName,
        registryName,
        cacheRuleName,
        cacheRuleUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, cacheRuleName, cacheRuleUpdateParameters, options) => {
      return await update(
        context,
        resourceGroupName,
        registryName,
        cacheRuleName,
        cacheRuleUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, cacheRuleName, cacheRuleCreateParameters, options) => create(
      context,
      resourceGroupName,
      registryName,
      cacheRuleName,
      cacheRuleCreateParameters,
      options
    ),
    beginCreate: async (resourceGroupName, registryName, cacheRuleName, cacheRuleCreateParameters, options) => {
      const poller = create(
        context,
        resourceGroupName,
        registryName,
        cacheRuleName,
        cacheRuleCreateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, cacheRuleName, cacheRuleCreateParameters, options) => {
      return await create(
        context,
        resourceGroupName,
        registryName,
        cacheRuleName,
        cacheRuleCreateParameters,
        options
      );
    },
    get: (resourceGroupName, registryName, cacheRuleName, options) => get(context, resourceGroupName, registryName, cacheRuleName, options)
  };
}
function _getCacheRulesOperations(context) {
  return {
    ..._getCacheRules(context)
  };
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/api/connectedRegistries/operations.js





function _deactivateSend(context, resourceGroupName, registryName, connectedRegistryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries/{connectedRegistryName}/deactivate{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deactivateDeserialize(result) {
  const expectedStatuses = ["202", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function deactivate(context, resourceGroupName, registryName, connectedRegistryName, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, _deactivateDeserialize, ["202", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _deactivateSend(context, resourceGroupName, registryName, connectedRegistryName, options),
    resourceLocationConfig: "location"
  });
}
function operations_listSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries{?api%2Dversion,%24filter}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion,
      "%24filter": options?.filter
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function operations_listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _connectedRegistryListResultDeserializer(result.body);
}
function operations_list(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => operations_listSend(context, resourceGroupName, registryName, options),
    operations_listDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function operations_$deleteSend(context, resourceGroupName, registryName, connectedRegistryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries/{connectedRegistryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function operations_$deleteDeserialize(result) {
  const expectedStatuses = ["200", "202", "204", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function operations_$delete(context, resourceGroupName, registryName, connectedRegistryName, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, operations_$deleteDeserialize, ["200", "202", "204", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => operations_$deleteSend(context, resourceGroupName, registryName, connectedRegistryName, options),
    resourceLocationConfig: "location"
  });
}
function operations_updateSend(context, resourceGroupName, registryName, connectedRegistryName, connectedRegistryUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries/{connectedRegistryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: connectedRegistryUpdateParametersSerializer(connectedRegistryUpdateParameters)
  });
}
async function operations_updateDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return connectedRegistryDeserializer(result.body);
}
function operations_update(context, resourceGroupName, registryName, connectedRegistryName, connectedRegistryUpdateParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, operations_updateDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => operations_updateSend(
      context,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      connectedRegistryUpdateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function operations_createSend(context, resourceGroupName, registryName, connectedRegistryName, connectedRegistryCreateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries/{connectedRegistryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: connectedRegistrySerializer(connectedRegistryCreateParameters)
  });
}
async function operations_createDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return connectedRegistryDeserializer(result.body);
}
function operations_create(context, resourceGroupName, registryName, connectedRegistryName, connectedRegistryCreateParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, operations_createDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => operations_createSend(
      context,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      connectedRegistryCreateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function operations_getSend(context, resourceGroupName, registryName, connectedRegistryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries/{connectedRegistryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function operations_getDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return connectedRegistryDeserializer(result.body);
}
async function operations_get(context, resourceGroupName, registryName, connectedRegistryName, options = { requestOptions: {} }) {
  const result = await operations_getSend(
    context,
    resourceGroupName,
    registryName,
    connectedRegistryName,
    options
  );
  return operations_getDeserialize(result);
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/classic/connectedRegistries/index.js


function _getConnectedRegistries(context) {
  return {
    deactivate: (resourceGroupName, registryName, connectedRegistryName, options) => deactivate(context, resourceGroupName, registryName, connectedRegistryName, options),
    beginDeactivate: async (resourceGroupName, registryName, connectedRegistryName, options) => {
      const poller = deactivate(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeactivateAndWait: async (resourceGroupName, registryName, connectedRegistryName, options) => {
      return await deactivate(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        options
      );
    },
    list: (resourceGroupName, registryName, options) => operations_list(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, connectedRegistryName, options) => operations_$delete(context, resourceGroupName, registryName, connectedRegistryName, options),
    beginDelete: async (resourceGroupName, registryName, connectedRegistryName, options) => {
      const poller = operations_$delete(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, connectedRegistryName, options) => {
      return await operations_$delete(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        options
      );
    },
    update: (resourceGroupName, registryName, connectedRegistryName, connectedRegistryUpdateParameters, options) => operations_update(
      context,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      connectedRegistryUpdateParameters,
      options
    ),
    beginUpdate: async (resourceGroupName, registryName, connectedRegistryName, connectedRegistryUpdateParameters, options) => {
      const poller = operations_update(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        connectedRegistryUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, connectedRegistryName, connectedRegistryUpdateParameters, options) => {
      return await operations_update(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        connectedRegistryUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, connectedRegistryName, connectedRegistryCreateParameters, options) => operations_create(
      context,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      connectedRegistryCreateParameters,
      options
    ),
    beginCreate: async (resourceGroupName, registryName, connectedRegistryName, connectedRegistryCreateParameters, options) => {
      const poller = operations_create(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        connectedRegistryCreateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, connectedRegistryName, connectedRegistryCreateParameters, options) => {
      return await operations_create(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        connectedRegistryCreateParameters,
        options
      );
    },
    get: (resourceGroupName, registryName, connectedRegistryName, options) => operations_get(context, resourceGroupName, registryName, connectedRegistryName, options)
  };
}
function _getConnectedRegistriesOperations(context) {
  return {
    ..._getConnectedRegistries(context)
  };
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/api/credentialSets/operations.js





function credentialSets_operations_listSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/credentialSets{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function credentialSets_operations_listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _credentialSetListResultDeserializer(result.body);
}
function credentialSets_operations_list(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => credentialSets_operations_listSend(context, resourceGroupName, registryName, options),
    credentialSets_operations_listDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function credentialSets_operations_$deleteSend(context, resourceGroupName, registryName, credentialSetName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/credentialSets/{credentialSetName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      credentialSetName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function credentialSets_operations_$deleteDeserialize(result) {
  const expectedStatuses = ["202", "204", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function credentialSets_operations_$delete(context, resourceGroupName, registryName, credentialSetName, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, credentialSets_operations_$deleteDeserialize, ["202", "204", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => credentialSets_operations_$deleteSend(context, resourceGroupName, registryName, credentialSetName, options),
    resourceLocationConfig: "location"
  });
}
function credentialSets_operations_updateSend(context, resourceGroupName, registryName, credentialSetName, credentialSetUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/credentialSets/{credentialSetName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      credentialSetName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: credentialSetUpdateParametersSerializer(credentialSetUpdateParameters)
  });
}
async function credentialSets_operations_updateDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return credentialSetDeserializer(result.body);
}
function credentialSets_operations_update(context, resourceGroupName, registryName, credentialSetName, credentialSetUpdateParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, credentialSets_operations_updateDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => credentialSets_operations_updateSend(
      context,
      resourceGroupName,
      registryName,
      credentialSetName,
      credentialSetUpdateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function credentialSets_operations_createSend(context, resourceGroupName, registryName, credentialSetName, credentialSetCreateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/credentialSets/{credentialSetName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      credentialSetName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: credentialSetSerializer(credentialSetCreateParameters)
  });
}
async function credentialSets_operations_createDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return credentialSetDeserializer(result.body);
}
function credentialSets_operations_create(context, resourceGroupName, registryName, credentialSetName, credentialSetCreateParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, credentialSets_operations_createDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => credentialSets_operations_createSend(
      context,
      resourceGroupName,
      registryName,
      credentialSetName,
      credentialSetCreateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function credentialSets_operations_getSend(context, resourceGroupName, registryName, credentialSetName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/credentialSets/{credentialSetName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      credentialSetName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function credentialSets_operations_getDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return credentialSetDeserializer(result.body);
}
async function credentialSets_operations_get(context, resourceGroupName, registryName, credentialSetName, options = { requestOptions: {} }) {
  const result = await credentialSets_operations_getSend(
    context,
    resourceGroupName,
    registryName,
    credentialSetName,
    options
  );
  return credentialSets_operations_getDeserialize(result);
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/classic/credentialSets/index.js


function _getCredentialSets(context) {
  return {
    list: (resourceGroupName, registryName, options) => credentialSets_operations_list(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, credentialSetName, options) => credentialSets_operations_$delete(context, resourceGroupName, registryName, credentialSetName, options),
    beginDelete: async (resourceGroupName, registryName, credentialSetName, options) => {
      const poller = credentialSets_operations_$delete(context, resourceGroupName, registryName, credentialSetName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, credentialSetName, options) => {
      return await credentialSets_operations_$delete(context, resourceGroupName, registryName, credentialSetName, options);
    },
    update: (resourceGroupName, registryName, credentialSetName, credentialSetUpdateParameters, options) => credentialSets_operations_update(
      context,
      resourceGroupName,
      registryName,
      credentialSetName,
      credentialSetUpdateParameters,
      options
    ),
    beginUpdate: async (resourceGroupName, registryName, credentialSetName, credentialSetUpdateParameters, options) => {
      const poller = credentialSets_operations_update(
        context,
        resourceGroupName,
        registryName,
        credentialSetName,
        credentialSetUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, credentialSetName, credentialSetUpdateParameters, options) => {
      return await credentialSets_operations_update(
        context,
        resourceGroupName,
        registryName,
        credentialSetName,
        credentialSetUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, credentialSetName, credentialSetCreateParameters, options) => credentialSets_operations_create(
      context,
      resourceGroupName,
      registryName,
      credentialSetName,
      credentialSetCreateParameters,
      options
    ),
    beginCreate: async (resourceGroupName, registryName, credentialSetName, credentialSetCreateParameters, options) => {
      const poller = credentialSets_operations_create(
        context,
        resourceGroupName,
        registryName,
        credentialSetName,
        credentialSetCreateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, credentialSetName, credentialSetCreateParameters, options) => {
      return await credentialSets_operations_create(
        context,
        resourceGroupName,
        registryName,
        credentialSetName,
        credentialSetCreateParameters,
        options
      );
    },
    get: (resourceGroupName, registryName, credentialSetName, options) => credentialSets_operations_get(context, resourceGroupName, registryName, credentialSetName, options)
  };
}
function _getCredentialSetsOperations(context) {
  return {
    ..._getCredentialSets(context)
  };
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/api/operations/operations.js




function operations_operations_listSend(context, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/providers/Microsoft.ContainerRegistry/operations{?api%2Dversion}",
    {
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function operations_operations_listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _operationListResultDeserializer(result.body);
}
function operations_operations_list(context, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => operations_operations_listSend(context, options),
    operations_operations_listDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/classic/operations/index.js

function _getOperations(context) {
  return {
    list: (options) => operations_operations_list(context, options)
  };
}
function _getOperationsOperations(context) {
  return {
    ..._getOperations(context)
  };
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/api/privateEndpointConnections/operations.js





function privateEndpointConnections_operations_listSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateEndpointConnections{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function privateEndpointConnections_operations_listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _privateEndpointConnectionListResultDeserializer(result.body);
}
function privateEndpointConnections_operations_list(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => privateEndpointConnections_operations_listSend(context, resourceGroupName, registryName, options),
    privateEndpointConnections_operations_listDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function privateEndpointConnections_operations_$deleteSend(context, resourceGroupName, registryName, privateEndpointConnectionName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      privateEndpointConnectionName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function privateEndpointConnections_operations_$deleteDeserialize(result) {
  const expectedStatuses = ["200", "202", "204", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function privateEndpointConnections_operations_$delete(context, resourceGroupName, registryName, privateEndpointConnectionName, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, privateEndpointConnections_operations_$deleteDeserialize, ["200", "202", "204", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => privateEndpointConnections_operations_$deleteSend(
      context,
      resourceGroupName,
      registryName,
      privateEndpointConnectionName,
      options
    ),
    resourceLocationConfig: "location"
  });
}
function _createOrUpdateSend(context, resourceGroupName, registryName, privateEndpointConnectionName, privateEndpointConnection, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      privateEndpointConnectionName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: privateEndpointConnectionSerializer(privateEndpointConnection)
  });
}
async function _createOrUpdateDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return privateEndpointConnectionDeserializer(result.body);
}
function createOrUpdate(context, resourceGroupName, registryName, privateEndpointConnectionName, privateEndpointConnection, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, _createOrUpdateDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createOrUpdateSend(
      context,
      resourceGroupName,
      registryName,
      privateEndpointConnectionName,
      privateEndpointConnection,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function privateEndpointConnections_operations_getSend(context, resourceGroupName, registryName, privateEndpointConnectionName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      privateEndpointConnectionName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function privateEndpointConnections_operations_getDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return privateEndpointConnectionDeserializer(result.body);
}
async function privateEndpointConnections_operations_get(context, resourceGroupName, registryName, privateEndpointConnectionName, options = { requestOptions: {} }) {
  const result = await privateEndpointConnections_operations_getSend(
    context,
    resourceGroupName,
    registryName,
    privateEndpointConnectionName,
    options
  );
  return privateEndpointConnections_operations_getDeserialize(result);
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/classic/privateEndpointConnections/index.js


function _getPrivateEndpointConnections(context) {
  return {
    list: (resourceGroupName, registryName, options) => privateEndpointConnections_operations_list(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, privateEndpointConnectionName, options) => privateEndpointConnections_operations_$delete(context, resourceGroupName, registryName, privateEndpointConnectionName, options),
    beginDelete: async (resourceGroupName, registryName, privateEndpointConnectionName, options) => {
      const poller = privateEndpointConnections_operations_$delete(
        context,
        resourceGroupName,
        registryName,
        privateEndpointConnectionName,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, privateEndpointConnectionName, options) => {
      return await privateEndpointConnections_operations_$delete(
        context,
        resourceGroupName,
        registryName,
        privateEndpointConnectionName,
        options
      );
    },
    createOrUpdate: (resourceGroupName, registryName, privateEndpointConnectionName, privateEndpointConnection, options) => createOrUpdate(
      context,
      resourceGroupName,
      registryName,
      privateEndpointConnectionName,
      privateEndpointConnection,
      options
    ),
    beginCreateOrUpdate: async (resourceGroupName, registryName, privateEndpointConnectionName, privateEndpointConnection, options) => {
      const poller = createOrUpdate(
        context,
        resourceGroupName,
        registryName,
        privateEndpointConnectionName,
        privateEndpointConnection,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateOrUpdateAndWait: async (resourceGroupName, registryName, privateEndpointConnectionName, privateEndpointConnection, options) => {
      return await createOrUpdate(
        context,
        resourceGroupName,
        registryName,
        privateEndpointConnectionName,
        privateEndpointConnection,
        options
      );
    },
    get: (resourceGroupName, registryName, privateEndpointConnectionName, options) => privateEndpointConnections_operations_get(context, resourceGroupName, registryName, privateEndpointConnectionName, options)
  };
}
function _getPrivateEndpointConnectionsOperations(context) {
  return {
    ..._getPrivateEndpointConnections(context)
  };
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/api/registries/operations.js





function _listPrivateLinkResourcesSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateLinkResources{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listPrivateLinkResourcesDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _privateLinkResourceListResultDeserializer(result.body);
}
function listPrivateLinkResources(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listPrivateLinkResourcesSend(context, resourceGroupName, registryName, options),
    _listPrivateLinkResourcesDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _getPrivateLinkResourceSend(context, resourceGroupName, registryName, groupName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateLinkResources/{groupName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      groupName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getPrivateLinkResourceDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return privateLinkResourceDeserializer(result.body);
}
async function getPrivateLinkResource(context, resourceGroupName, registryName, groupName, options = { requestOptions: {} }) {
  const result = await _getPrivateLinkResourceSend(
    context,
    resourceGroupName,
    registryName,
    groupName,
    options
  );
  return _getPrivateLinkResourceDeserialize(result);
}
function _checkNameAvailabilitySend(context, registryNameCheckRequest, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/providers/Microsoft.ContainerRegistry/checkNameAvailability{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: registryNameCheckRequestSerializer(registryNameCheckRequest)
  });
}
async function _checkNameAvailabilityDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return registryNameStatusDeserializer(result.body);
}
async function checkNameAvailability(context, registryNameCheckRequest, options = { requestOptions: {} }) {
  const result = await _checkNameAvailabilitySend(context, registryNameCheckRequest, options);
  return _checkNameAvailabilityDeserialize(result);
}
function _generateCredentialsSend(context, resourceGroupName, registryName, generateCredentialsParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/generateCredentials{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: generateCredentialsParametersSerializer(generateCredentialsParameters)
  });
}
async function _generateCredentialsDeserialize(result) {
  const expectedStatuses = ["202", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return generateCredentialsResultDeserializer(result.body);
}
function generateCredentials(context, resourceGroupName, registryName, generateCredentialsParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, _generateCredentialsDeserialize, ["202", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _generateCredentialsSend(
      context,
      resourceGroupName,
      registryName,
      generateCredentialsParameters,
      options
    ),
    resourceLocationConfig: "location"
  });
}
function _regenerateCredentialSend(context, resourceGroupName, registryName, regenerateCredentialParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/regenerateCredential{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: regenerateCredentialParametersSerializer(regenerateCredentialParameters)
  });
}
async function _regenerateCredentialDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return registryListCredentialsResultDeserializer(result.body);
}
async function regenerateCredential(context, resourceGroupName, registryName, regenerateCredentialParameters, options = { requestOptions: {} }) {
  const result = await _regenerateCredentialSend(
    context,
    resourceGroupName,
    registryName,
    regenerateCredentialParameters,
    options
  );
  return _regenerateCredentialDeserialize(result);
}
function _listCredentialsSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/listCredentials{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listCredentialsDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return registryListCredentialsResultDeserializer(result.body);
}
async function listCredentials(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const result = await _listCredentialsSend(context, resourceGroupName, registryName, options);
  return _listCredentialsDeserialize(result);
}
function _listUsagesSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/listUsages{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listUsagesDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return registryUsageListResultDeserializer(result.body);
}
async function listUsages(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const result = await _listUsagesSend(context, resourceGroupName, registryName, options);
  return _listUsagesDeserialize(result);
}
function _importImageSend(context, resourceGroupName, registryName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/importImage{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    body: importImageParametersSerializer(parameters)
  });
}
async function _importImageDeserialize(result) {
  const expectedStatuses = ["202", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function importImage(context, resourceGroupName, registryName, parameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, _importImageDeserialize, ["202", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _importImageSend(context, resourceGroupName, registryName, parameters, options),
    resourceLocationConfig: "location"
  });
}
function registries_operations_listSend(context, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/providers/Microsoft.ContainerRegistry/registries{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function registries_operations_listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _registryListResultDeserializer(result.body);
}
function registries_operations_list(context, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => registries_operations_listSend(context, options),
    registries_operations_listDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listByResourceGroupDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _registryListResultDeserializer(result.body);
}
function listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listByResourceGroupSend(context, resourceGroupName, options),
    _listByResourceGroupDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function registries_operations_$deleteSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function registries_operations_$deleteDeserialize(result) {
  const expectedStatuses = ["200", "202", "204", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function registries_operations_$delete(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, registries_operations_$deleteDeserialize, ["200", "202", "204", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => registries_operations_$deleteSend(context, resourceGroupName, registryName, options),
    resourceLocationConfig: "location"
  });
}
function registries_operations_updateSend(context, resourceGroupName, registryName, registryUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: registryUpdateParametersSerializer(registryUpdateParameters)
  });
}
async function registries_operations_updateDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return registryDeserializer(result.body);
}
function registries_operations_update(context, resourceGroupName, registryName, registryUpdateParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, registries_operations_updateDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => registries_operations_updateSend(context, resourceGroupName, registryName, registryUpdateParameters, options),
    resourceLocationConfig: "azure-async-operation"
  });
}
function registries_operations_createSend(context, resourceGroupName, registryName, registry, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: registrySerializer(registry)
  });
}
async function registries_operations_createDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return registryDeserializer(result.body);
}
function registries_operations_create(context, resourceGroupName, registryName, registry, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, registries_operations_createDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => registries_operations_createSend(context, resourceGroupName, registryName, registry, options),
    resourceLocationConfig: "azure-async-operation"
  });
}
function registries_operations_getSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function registries_operations_getDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return registryDeserializer(result.body);
}
async function registries_operations_get(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const result = await registries_operations_getSend(context, resourceGroupName, registryName, options);
  return registries_operations_getDeserialize(result);
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/classic/registries/index.js


function _getRegistries(context) {
  return {
    listPrivateLinkResources: (resourceGroupName, registryName, options) => listPrivateLinkResources(context, resourceGroupName, registryName, options),
    getPrivateLinkResource: (resourceGroupName, registryName, groupName, options) => getPrivateLinkResource(context, resourceGroupName, registryName, groupName, options),
    checkNameAvailability: (registryNameCheckRequest, options) => checkNameAvailability(context, registryNameCheckRequest, options),
    generateCredentials: (resourceGroupName, registryName, generateCredentialsParameters, options) => generateCredentials(
      context,
      resourceGroupName,
      registryName,
      generateCredentialsParameters,
      options
    ),
    beginGenerateCredentials: async (resourceGroupName, registryName, generateCredentialsParameters, options) => {
      const poller = generateCredentials(
        context,
        resourceGroupName,
        registryName,
        generateCredentialsParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginGenerateCredentialsAndWait: async (resourceGroupName, registryName, generateCredentialsParameters, options) => {
      return await generateCredentials(
        context,
        resourceGroupName,
        registryName,
        generateCredentialsParameters,
        options
      );
    },
    regenerateCredential: (resourceGroupName, registryName, regenerateCredentialParameters, options) => regenerateCredential(
      context,
      resourceGroupName,
      registryName,
      regenerateCredentialParameters,
      options
    ),
    listCredentials: (resourceGroupName, registryName, options) => listCredentials(context, resourceGroupName, registryName, options),
    listUsages: (resourceGroupName, registryName, options) => listUsages(context, resourceGroupName, registryName, options),
    importImage: (resourceGroupName, registryName, parameters, options) => importImage(context, resourceGroupName, registryName, parameters, options),
    beginImportImage: async (resourceGroupName, registryName, parameters, options) => {
      const poller = importImage(context, resourceGroupName, registryName, parameters, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginImportImageAndWait: async (resourceGroupName, registryName, parameters, options) => {
      return await importImage(context, resourceGroupName, registryName, parameters, options);
    },
    list: (options) => registries_operations_list(context, options),
    listByResourceGroup: (resourceGroupName, options) => listByResourceGroup(context, resourceGroupName, options),
    delete: (resourceGroupName, registryName, options) => registries_operations_$delete(context, resourceGroupName, registryName, options),
    beginDelete: async (resourceGroupName, registryName, options) => {
      const poller = registries_operations_$delete(context, resourceGroupName, registryName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, options) => {
      return await registries_operations_$delete(context, resourceGroupName, registryName, options);
    },
    update: (resourceGroupName, registryName, registryUpdateParameters, options) => registries_operations_update(context, resourceGroupName, registryName, registryUpdateParameters, options),
    beginUpdate: async (resourceGroupName, registryName, registryUpdateParameters, options) => {
      const poller = registries_operations_update(
        context,
        resourceGroupName,
        registryName,
        registryUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, registryUpdateParameters, options) => {
      return await registries_operations_update(
        context,
        resourceGroupName,
        registryName,
        registryUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, registry, options) => registries_operations_create(context, resourceGroupName, registryName, registry, options),
    beginCreate: async (resourceGroupName, registryName, registry, options) => {
      const poller = registries_operations_create(context, resourceGroupName, registryName, registry, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, registry, options) => {
      return await registries_operations_create(context, resourceGroupName, registryName, registry, options);
    },
    get: (resourceGroupName, registryName, options) => registries_operations_get(context, resourceGroupName, registryName, options)
  };
}
function _getRegistriesOperations(context) {
  return {
    ..._getRegistries(context)
  };
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/api/replications/operations.js





function replications_operations_listSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/replications{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function replications_operations_listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _replicationListResultDeserializer(result.body);
}
function replications_operations_list(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => replications_operations_listSend(context, resourceGroupName, registryName, options),
    replications_operations_listDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function replications_operations_$deleteSend(context, resourceGroupName, registryName, replicationName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/replications/{replicationName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      replicationName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function replications_operations_$deleteDeserialize(result) {
  const expectedStatuses = ["200", "202", "204", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function replications_operations_$delete(context, resourceGroupName, registryName, replicationName, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, replications_operations_$deleteDeserialize, ["200", "202", "204", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => replications_operations_$deleteSend(context, resourceGroupName, registryName, replicationName, options),
    resourceLocationConfig: "location"
  });
}
function replications_operations_updateSend(context, resourceGroupName, registryName, replicationName, replicationUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/replications/{replicationName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      replicationName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: replicationUpdateParametersSerializer(replicationUpdateParameters)
  });
}
async function replications_operations_updateDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return replicationDeserializer(result.body);
}
function replications_operations_update(context, resourceGroupName, registryName, replicationName, replicationUpdateParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, replications_operations_updateDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => replications_operations_updateSend(
      context,
      resourceGroupName,
      registryName,
      replicationName,
      replicationUpdateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function replications_operations_createSend(context, resourceGroupName, registryName, replicationName, replication, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/replications/{replicationName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      replicationName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: replicationSerializer(replication)
  });
}
async function replications_operations_createDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return replicationDeserializer(result.body);
}
function replications_operations_create(context, resourceGroupName, registryName, replicationName, replication, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, replications_operations_createDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => replications_operations_createSend(context, resourceGroupName, registryName, replicationName, replication, options),
    resourceLocationConfig: "azure-async-operation"
  });
}
function replications_operations_getSend(context, resourceGroupName, registryName, replicationName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/replications/{replicationName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      replicationName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function replications_operations_getDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return replicationDeserializer(result.body);
}
async function replications_operations_get(context, resourceGroupName, registryName, replicationName, options = { requestOptions: {} }) {
  const result = await replications_operations_getSend(context, resourceGroupName, registryName, replicationName, options);
  return replications_operations_getDeserialize(result);
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/classic/replications/index.js


function _getReplications(context) {
  return {
    list: (resourceGroupName, registryName, options) => replications_operations_list(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, replicationName, options) => replications_operations_$delete(context, resourceGroupName, registryName, replicationName, options),
    beginDelete: async (resourceGroupName, registryName, replicationName, options) => {
      const poller = replications_operations_$delete(context, resourceGroupName, registryName, replicationName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, replicationName, options) => {
      return await replications_operations_$delete(context, resourceGroupName, registryName, replicationName, options);
    },
    update: (resourceGroupName, registryName, replicationName, replicationUpdateParameters, options) => replications_operations_update(
      context,
      resourceGroupName,
      registryName,
      replicationName,
      replicationUpdateParameters,
      options
    ),
    beginUpdate: async (resourceGroupName, registryName, replicationName, replicationUpdateParameters, options) => {
      const poller = replications_operations_update(
        context,
        resourceGroupName,
        registryName,
        replicationName,
        replicationUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, replicationName, replicationUpdateParameters, options) => {
      return await replications_operations_update(
        context,
        resourceGroupName,
        registryName,
        replicationName,
        replicationUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, replicationName, replication, options) => replications_operations_create(context, resourceGroupName, registryName, replicationName, replication, options),
    beginCreate: async (resourceGroupName, registryName, replicationName, replication, options) => {
      const poller = replications_operations_create(
        context,
        resourceGroupName,
        registryName,
        replicationName,
        replication,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, replicationName, replication, options) => {
      return await replications_operations_create(
        context,
        resourceGroupName,
        registryName,
        replicationName,
        replication,
        options
      );
    },
    get: (resourceGroupName, registryName, replicationName, options) => replications_operations_get(context, resourceGroupName, registryName, replicationName, options)
  };
}
function _getReplicationsOperations(context) {
  return {
    ..._getReplications(context)
  };
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/api/scopeMaps/operations.js





function scopeMaps_operations_listSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/scopeMaps{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function scopeMaps_operations_listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _scopeMapListResultDeserializer(result.body);
}
function scopeMaps_operations_list(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => scopeMaps_operations_listSend(context, resourceGroupName, registryName, options),
    scopeMaps_operations_listDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function scopeMaps_operations_$deleteSend(context, resourceGroupName, registryName, scopeMapName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/scopeMaps/{scopeMapName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      scopeMapName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function scopeMaps_operations_$deleteDeserialize(result) {
  const expectedStatuses = ["200", "202", "204", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function scopeMaps_operations_$delete(context, resourceGroupName, registryName, scopeMapName, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, scopeMaps_operations_$deleteDeserialize, ["200", "202", "204", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => scopeMaps_operations_$deleteSend(context, resourceGroupName, registryName, scopeMapName, options),
    resourceLocationConfig: "location"
  });
}
function scopeMaps_operations_updateSend(context, resourceGroupName, registryName, scopeMapName, scopeMapUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/scopeMaps/{scopeMapName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      scopeMapName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: scopeMapUpdateParametersSerializer(scopeMapUpdateParameters)
  });
}
async function scopeMaps_operations_updateDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return scopeMapDeserializer(result.body);
}
function scopeMaps_operations_update(context, resourceGroupName, registryName, scopeMapName, scopeMapUpdateParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, scopeMaps_operations_updateDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => scopeMaps_operations_updateSend(
      context,
      resourceGroupName,
      registryName,
      scopeMapName,
      scopeMapUpdateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function scopeMaps_operations_createSend(context, resourceGroupName, registryName, scopeMapName, scopeMapCreateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/scopeMaps/{scopeMapName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      scopeMapName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: scopeMapSerializer(scopeMapCreateParameters)
  });
}
async function scopeMaps_operations_createDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return scopeMapDeserializer(result.body);
}
function scopeMaps_operations_create(context, resourceGroupName, registryName, scopeMapName, scopeMapCreateParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, scopeMaps_operations_createDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => scopeMaps_operations_createSend(
      context,
      resourceGroupName,
      registryName,
      scopeMapName,
      scopeMapCreateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function scopeMaps_operations_getSend(context, resourceGroupName, registryName, scopeMapName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/scopeMaps/{scopeMapName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      scopeMapName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function scopeMaps_operations_getDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return scopeMapDeserializer(result.body);
}
async function scopeMaps_operations_get(context, resourceGroupName, registryName, scopeMapName, options = { requestOptions: {} }) {
  const result = await scopeMaps_operations_getSend(context, resourceGroupName, registryName, scopeMapName, options);
  return scopeMaps_operations_getDeserialize(result);
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/classic/scopeMaps/index.js


function _getScopeMaps(context) {
  return {
    list: (resourceGroupName, registryName, options) => scopeMaps_operations_list(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, scopeMapName, options) => scopeMaps_operations_$delete(context, resourceGroupName, registryName, scopeMapName, options),
    beginDelete: async (resourceGroupName, registryName, scopeMapName, options) => {
      const poller = scopeMaps_operations_$delete(context, resourceGroupName, registryName, scopeMapName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, scopeMapName, options) => {
      return await scopeMaps_operations_$delete(context, resourceGroupName, registryName, scopeMapName, options);
    },
    update: (resourceGroupName, registryName, scopeMapName, scopeMapUpdateParameters, options) => scopeMaps_operations_update(
      context,
      resourceGroupName,
      registryName,
      scopeMapName,
      scopeMapUpdateParameters,
      options
    ),
    beginUpdate: async (resourceGroupName, registryName, scopeMapName, scopeMapUpdateParameters, options) => {
      const poller = scopeMaps_operations_update(
        context,
        resourceGroupName,
        registryName,
        scopeMapName,
        scopeMapUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, scopeMapName, scopeMapUpdateParameters, options) => {
      return await scopeMaps_operations_update(
        context,
        resourceGroupName,
        registryName,
        scopeMapName,
        scopeMapUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, scopeMapName, scopeMapCreateParameters, options) => scopeMaps_operations_create(
      context,
      resourceGroupName,
      registryName,
      scopeMapName,
      scopeMapCreateParameters,
      options
    ),
    beginCreate: async (resourceGroupName, registryName, scopeMapName, scopeMapCreateParameters, options) => {
      const poller = scopeMaps_operations_create(
        context,
        resourceGroupName,
        registryName,
        scopeMapName,
        scopeMapCreateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, scopeMapName, scopeMapCreateParameters, options) => {
      return await scopeMaps_operations_create(
        context,
        resourceGroupName,
        registryName,
        scopeMapName,
        scopeMapCreateParameters,
        options
      );
    },
    get: (resourceGroupName, registryName, scopeMapName, options) => scopeMaps_operations_get(context, resourceGroupName, registryName, scopeMapName, options)
  };
}
function _getScopeMapsOperations(context) {
  return {
    ..._getScopeMaps(context)
  };
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/api/tokens/operations.js





function tokens_operations_listSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/tokens{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function tokens_operations_listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _tokenListResultDeserializer(result.body);
}
function tokens_operations_list(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => tokens_operations_listSend(context, resourceGroupName, registryName, options),
    tokens_operations_listDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function tokens_operations_$deleteSend(context, resourceGroupName, registryName, tokenName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/tokens/{tokenName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      tokenName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function tokens_operations_$deleteDeserialize(result) {
  const expectedStatuses = ["200", "202", "204", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function tokens_operations_$delete(context, resourceGroupName, registryName, tokenName, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, tokens_operations_$deleteDeserialize, ["200", "202", "204", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => tokens_operations_$deleteSend(context, resourceGroupName, registryName, tokenName, options),
    resourceLocationConfig: "location"
  });
}
function tokens_operations_updateSend(context, resourceGroupName, registryName, tokenName, tokenUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/tokens/{tokenName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      tokenName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: tokenUpdateParametersSerializer(tokenUpdateParameters)
  });
}
async function tokens_operations_updateDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return tokenDeserializer(result.body);
}
function tokens_operations_update(context, resourceGroupName, registryName, tokenName, tokenUpdateParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, tokens_operations_updateDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => tokens_operations_updateSend(
      context,
      resourceGroupName,
      registryName,
      tokenName,
      tokenUpdateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function tokens_operations_createSend(context, resourceGroupName, registryName, tokenName, tokenCreateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/tokens/{tokenName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      tokenName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: tokenSerializer(tokenCreateParameters)
  });
}
async function tokens_operations_createDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return tokenDeserializer(result.body);
}
function tokens_operations_create(context, resourceGroupName, registryName, tokenName, tokenCreateParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, tokens_operations_createDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => tokens_operations_createSend(
      context,
      resourceGroupName,
      registryName,
      tokenName,
      tokenCreateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function tokens_operations_getSend(context, resourceGroupName, registryName, tokenName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/tokens/{tokenName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      tokenName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function tokens_operations_getDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return tokenDeserializer(result.body);
}
async function tokens_operations_get(context, resourceGroupName, registryName, tokenName, options = { requestOptions: {} }) {
  const result = await tokens_operations_getSend(context, resourceGroupName, registryName, tokenName, options);
  return tokens_operations_getDeserialize(result);
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/classic/tokens/index.js


function _getTokens(context) {
  return {
    list: (resourceGroupName, registryName, options) => tokens_operations_list(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, tokenName, options) => tokens_operations_$delete(context, resourceGroupName, registryName, tokenName, options),
    beginDelete: async (resourceGroupName, registryName, tokenName, options) => {
      const poller = tokens_operations_$delete(context, resourceGroupName, registryName, tokenName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, tokenName, options) => {
      return await tokens_operations_$delete(context, resourceGroupName, registryName, tokenName, options);
    },
    update: (resourceGroupName, registryName, tokenName, tokenUpdateParameters, options) => tokens_operations_update(context, resourceGroupName, registryName, tokenName, tokenUpdateParameters, options),
    beginUpdate: async (resourceGroupName, registryName, tokenName, tokenUpdateParameters, options) => {
      const poller = tokens_operations_update(
        context,
        resourceGroupName,
        registryName,
        tokenName,
        tokenUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, tokenName, tokenUpdateParameters, options) => {
      return await tokens_operations_update(
        context,
        resourceGroupName,
        registryName,
        tokenName,
        tokenUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, tokenName, tokenCreateParameters, options) => tokens_operations_create(context, resourceGroupName, registryName, tokenName, tokenCreateParameters, options),
    beginCreate: async (resourceGroupName, registryName, tokenName, tokenCreateParameters, options) => {
      const poller = tokens_operations_create(
        context,
        resourceGroupName,
        registryName,
        tokenName,
        tokenCreateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, tokenName, tokenCreateParameters, options) => {
      return await tokens_operations_create(
        context,
        resourceGroupName,
        registryName,
        tokenName,
        tokenCreateParameters,
        options
      );
    },
    get: (resourceGroupName, registryName, tokenName, options) => tokens_operations_get(context, resourceGroupName, registryName, tokenName, options)
  };
}
function _getTokensOperations(context) {
  return {
    ..._getTokens(context)
  };
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/api/webhooks/operations.js





function _getCallbackConfigSend(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}/getCallbackConfig{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      webhookName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getCallbackConfigDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return callbackConfigDeserializer(result.body);
}
async function getCallbackConfig(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const result = await _getCallbackConfigSend(
    context,
    resourceGroupName,
    registryName,
    webhookName,
    options
  );
  return _getCallbackConfigDeserialize(result);
}
function _listEventsSend(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}/listEvents{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      webhookName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listEventsDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _eventListResultDeserializer(result.body);
}
function listEvents(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listEventsSend(context, resourceGroupName, registryName, webhookName, options),
    _listEventsDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _pingSend(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}/ping{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      webhookName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _pingDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return eventInfoDeserializer(result.body);
}
async function ping(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const result = await _pingSend(context, resourceGroupName, registryName, webhookName, options);
  return _pingDeserialize(result);
}
function webhooks_operations_listSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function webhooks_operations_listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _webhookListResultDeserializer(result.body);
}
function webhooks_operations_list(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => webhooks_operations_listSend(context, resourceGroupName, registryName, options),
    webhooks_operations_listDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function webhooks_operations_$deleteSend(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      webhookName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function webhooks_operations_$deleteDeserialize(result) {
  const expectedStatuses = ["200", "202", "204", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function webhooks_operations_$delete(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, webhooks_operations_$deleteDeserialize, ["200", "202", "204", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => webhooks_operations_$deleteSend(context, resourceGroupName, registryName, webhookName, options),
    resourceLocationConfig: "location"
  });
}
function webhooks_operations_updateSend(context, resourceGroupName, registryName, webhookName, webhookUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      webhookName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: webhookUpdateParametersSerializer(webhookUpdateParameters)
  });
}
async function webhooks_operations_updateDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return webhookDeserializer(result.body);
}
function webhooks_operations_update(context, resourceGroupName, registryName, webhookName, webhookUpdateParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, webhooks_operations_updateDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => webhooks_operations_updateSend(
      context,
      resourceGroupName,
      registryName,
      webhookName,
      webhookUpdateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function webhooks_operations_createSend(context, resourceGroupName, registryName, webhookName, webhookCreateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      webhookName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: webhookCreateParametersSerializer(webhookCreateParameters)
  });
}
async function webhooks_operations_createDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return webhookDeserializer(result.body);
}
function webhooks_operations_create(context, resourceGroupName, registryName, webhookName, webhookCreateParameters, options = { requestOptions: {} }) {
  return pollingHelpers_getLongRunningPoller(context, webhooks_operations_createDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => webhooks_operations_createSend(
      context,
      resourceGroupName,
      registryName,
      webhookName,
      webhookCreateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function webhooks_operations_getSend(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      webhookName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...(0,dist_esm/* operationOptionsToRequestParameters */.Iq)(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function webhooks_operations_getDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = (0,dist_esm/* createRestError */.t$)(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return webhookDeserializer(result.body);
}
async function webhooks_operations_get(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const result = await webhooks_operations_getSend(context, resourceGroupName, registryName, webhookName, options);
  return webhooks_operations_getDeserialize(result);
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/classic/webhooks/index.js


function _getWebhooks(context) {
  return {
    getCallbackConfig: (resourceGroupName, registryName, webhookName, options) => getCallbackConfig(context, resourceGroupName, registryName, webhookName, options),
    listEvents: (resourceGroupName, registryName, webhookName, options) => listEvents(context, resourceGroupName, registryName, webhookName, options),
    ping: (resourceGroupName, registryName, webhookName, options) => ping(context, resourceGroupName, registryName, webhookName, options),
    list: (resourceGroupName, registryName, options) => webhooks_operations_list(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, webhookName, options) => webhooks_operations_$delete(context, resourceGroupName, registryName, webhookName, options),
    beginDelete: async (resourceGroupName, registryName, webhookName, options) => {
      const poller = webhooks_operations_$delete(context, resourceGroupName, registryName, webhookName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, webhookName, options) => {
      return await webhooks_operations_$delete(context, resourceGroupName, registryName, webhookName, options);
    },
    update: (resourceGroupName, registryName, webhookName, webhookUpdateParameters, options) => webhooks_operations_update(
      context,
      resourceGroupName,
      registryName,
      webhookName,
      webhookUpdateParameters,
      options
    ),
    beginUpdate: async (resourceGroupName, registryName, webhookName, webhookUpdateParameters, options) => {
      const poller = webhooks_operations_update(
        context,
        resourceGroupName,
        registryName,
        webhookName,
        webhookUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, webhookName, webhookUpdateParameters, options) => {
      return await webhooks_operations_update(
        context,
        resourceGroupName,
        registryName,
        webhookName,
        webhookUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, webhookName, webhookCreateParameters, options) => webhooks_operations_create(
      context,
      resourceGroupName,
      registryName,
      webhookName,
      webhookCreateParameters,
      options
    ),
    beginCreate: async (resourceGroupName, registryName, webhookName, webhookCreateParameters, options) => {
      const poller = webhooks_operations_create(
        context,
        resourceGroupName,
        registryName,
        webhookName,
        webhookCreateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, webhookName, webhookCreateParameters, options) => {
      return await webhooks_operations_create(
        context,
        resourceGroupName,
        registryName,
        webhookName,
        webhookCreateParameters,
        options
      );
    },
    get: (resourceGroupName, registryName, webhookName, options) => webhooks_operations_get(context, resourceGroupName, registryName, webhookName, options)
  };
}
function _getWebhooksOperations(context) {
  return {
    ..._getWebhooks(context)
  };
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/containerRegistryManagementClient.js











class ContainerRegistryManagementClient {
  _client;
  /** The pipeline used by this client to make requests */
  pipeline;
  /** The Microsoft Azure Container Registry management API provides create, read, update, and delete functionality for Azure Container Registry resources including registries, replications, webhooks, tasks, runs, and other registry components. */
  constructor(credential, subscriptionIdOrOptions, options) {
    let subscriptionId;
    if (typeof subscriptionIdOrOptions === "string") {
      subscriptionId = subscriptionIdOrOptions;
    } else if (typeof subscriptionIdOrOptions === "object") {
      options = subscriptionIdOrOptions;
    }
    options = options ?? {};
    const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
    const userAgentPrefix = prefixFromOptions ? `${prefixFromOptions} azsdk-js-client` : `azsdk-js-client`;
    this._client = createContainerRegistryManagement(credential, subscriptionId ?? "", {
      ...options,
      userAgentOptions: { userAgentPrefix }
    });
    this.pipeline = this._client.pipeline;
    this.webhooks = _getWebhooksOperations(this._client);
    this.tokens = _getTokensOperations(this._client);
    this.scopeMaps = _getScopeMapsOperations(this._client);
    this.replications = _getReplicationsOperations(this._client);
    this.privateEndpointConnections = _getPrivateEndpointConnectionsOperations(this._client);
    this.connectedRegistries = _getConnectedRegistriesOperations(this._client);
    this.credentialSets = _getCredentialSetsOperations(this._client);
    this.cacheRules = _getCacheRulesOperations(this._client);
    this.registries = _getRegistriesOperations(this._client);
    this.operations = _getOperationsOperations(this._client);
  }
  /** The operation groups for webhooks */
  webhooks;
  /** The operation groups for tokens */
  tokens;
  /** The operation groups for scopeMaps */
  scopeMaps;
  /** The operation groups for replications */
  replications;
  /** The operation groups for privateEndpointConnections */
  privateEndpointConnections;
  /** The operation groups for connectedRegistries */
  connectedRegistries;
  /** The operation groups for credentialSets */
  credentialSets;
  /** The operation groups for cacheRules */
  cacheRules;
  /** The operation groups for registries */
  registries;
  /** The operation groups for operations */
  operations;
}


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/restorePollerHelpers.js











function restorePoller(client, serializedState, sourceOperation, options) {
  const pollerConfig = deserializeState(serializedState).config;
  const { initialRequestUrl, requestMethod, metadata } = pollerConfig;
  if (!initialRequestUrl || !requestMethod) {
    throw new Error(
      `Invalid serialized state: ${serializedState} for sourceOperation ${sourceOperation?.name}`
    );
  }
  const resourceLocationConfig = metadata?.["resourceLocationConfig"];
  const { deserializer, expectedStatuses = [] } = getDeserializationHelper(initialRequestUrl, requestMethod) ?? {};
  const deserializeHelper = options?.processResponseBody ?? deserializer;
  if (!deserializeHelper) {
    throw new Error(
      `Please ensure the operation is in this client! We can't find its deserializeHelper for ${sourceOperation?.name}.`
    );
  }
  return getLongRunningPoller(
    client["_client"] ?? client,
    deserializeHelper,
    expectedStatuses,
    {
      updateIntervalInMs: options?.updateIntervalInMs,
      abortSignal: options?.abortSignal,
      resourceLocationConfig,
      restoreFrom: serializedState,
      initialRequestUrl
    }
  );
}
const deserializeMap = {
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}": { deserializer: webhooks_operations_$deleteDeserialize, expectedStatuses: ["200", "202", "204", "201"] },
  "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}": { deserializer: webhooks_operations_updateDeserialize, expectedStatuses: ["200", "201", "202"] },
  "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}": { deserializer: webhooks_operations_createDeserialize, expectedStatuses: ["200", "201", "202"] },
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/tokens/{tokenName}": { deserializer: tokens_operations_$deleteDeserialize, expectedStatuses: ["200", "202", "204", "201"] },
  "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/tokens/{tokenName}": { deserializer: tokens_operations_updateDeserialize, expectedStatuses: ["200", "201", "202"] },
  "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/tokens/{tokenName}": { deserializer: tokens_operations_createDeserialize, expectedStatuses: ["200", "201", "202"] },
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/scopeMaps/{scopeMapName}": { deserializer: scopeMaps_operations_$deleteDeserialize, expectedStatuses: ["200", "202", "204", "201"] },
  "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/scopeMaps/{scopeMapName}": { deserializer: scopeMaps_operations_updateDeserialize, expectedStatuses: ["200", "201", "202"] },
  "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/scopeMaps/{scopeMapName}": { deserializer: scopeMaps_operations_createDeserialize, expectedStatuses: ["200", "201", "202"] },
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/replications/{replicationName}": {
    deserializer: replications_operations_$deleteDeserialize,
    expectedStatuses: ["200", "202", "204", "201"]
  },
  "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/replications/{replicationName}": { deserializer: replications_operations_updateDeserialize, expectedStatuses: ["200", "201", "202"] },
  "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/replications/{replicationName}": { deserializer: replications_operations_createDeserialize, expectedStatuses: ["200", "201", "202"] },
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateEndpointConnections/{privateEndpointConnectionName}": {
    deserializer: privateEndpointConnections_operations_$deleteDeserialize,
    expectedStatuses: ["200", "202", "204", "201"]
  },
  "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateEndpointConnections/{privateEndpointConnectionName}": { deserializer: _createOrUpdateDeserialize, expectedStatuses: ["200", "201", "202"] },
  "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries/{connectedRegistryName}/deactivate": { deserializer: _deactivateDeserialize, expectedStatuses: ["202", "200", "201"] },
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries/{connectedRegistryName}": {
    deserializer: operations_$deleteDeserialize,
    expectedStatuses: ["200", "202", "204", "201"]
  },
  "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries/{connectedRegistryName}": {
    deserializer: operations_updateDeserialize,
    expectedStatuses: ["200", "201", "202"]
  },
  "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries/{connectedRegistryName}": {
    deserializer: operations_createDeserialize,
    expectedStatuses: ["200", "201", "202"]
  },
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/credentialSets/{credentialSetName}": {
    deserializer: credentialSets_operations_$deleteDeserialize,
    expectedStatuses: ["202", "204", "200", "201"]
  },
  "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/credentialSets/{credentialSetName}": { deserializer: credentialSets_operations_updateDeserialize, expectedStatuses: ["200", "201", "202"] },
  "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/credentialSets/{credentialSetName}": { deserializer: credentialSets_operations_createDeserialize, expectedStatuses: ["200", "201", "202"] },
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/cacheRules/{cacheRuleName}": { deserializer: _$deleteDeserialize, expectedStatuses: ["202", "204", "200", "201"] },
  "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/cacheRules/{cacheRuleName}": { deserializer: _updateDeserialize, expectedStatuses: ["200", "201", "202"] },
  "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/cacheRules/{cacheRuleName}": { deserializer: _createDeserialize, expectedStatuses: ["200", "201", "202"] },
  "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/generateCredentials": { deserializer: _generateCredentialsDeserialize, expectedStatuses: ["202", "200", "201"] },
  "POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/importImage": { deserializer: _importImageDeserialize, expectedStatuses: ["202", "200", "201"] },
  "DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}": { deserializer: registries_operations_$deleteDeserialize, expectedStatuses: ["200", "202", "204", "201"] },
  "PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}": { deserializer: registries_operations_updateDeserialize, expectedStatuses: ["200", "201", "202"] },
  "PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}": { deserializer: registries_operations_createDeserialize, expectedStatuses: ["200", "201", "202"] }
};
function getDeserializationHelper(urlStr, method) {
  const path = new URL(urlStr).pathname;
  const pathParts = path.split("/");
  let matchedLen = -1, matchedValue;
  for (const [key, value] of Object.entries(deserializeMap)) {
    if (!key.startsWith(method)) {
      continue;
    }
    const candidatePath = getPathFromMapKey(key);
    const candidateParts = candidatePath.split("/");
    let found = true;
    for (let i = candidateParts.length - 1, j = pathParts.length - 1; i >= 1 && j >= 1; i--, j--) {
      if (candidateParts[i]?.startsWith("{") && candidateParts[i]?.indexOf("}") !== -1) {
        const start = candidateParts[i].indexOf("}") + 1, end = candidateParts[i]?.length;
        const isMatched = new RegExp(`${candidateParts[i]?.slice(start, end)}`).test(
          pathParts[j] || ""
        );
        if (!isMatched) {
          found = false;
          break;
        }
        continue;
      }
      if (candidateParts[i] !== pathParts[j]) {
        found = false;
        break;
      }
    }
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


;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/models/index.js



;// CONCATENATED MODULE: ./node_modules/@azure/arm-containerregistry/dist/esm/index.js







/***/ })

};
