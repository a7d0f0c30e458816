import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModel } from '../api/hooks.js';
import { entryTabs, useAccess } from '../app/access.js';
import type { EntryTab } from '../app/access.js';
import { Page } from '../components/page.js';
import { ReadOnlyNotice } from '../components/read-only-notice.js';
import { Loaded } from '../components/states.js';
import { Tabs } from '../components/tabs.js';
import { MeasurementForm } from './measurement-form.js';
import { OverrideForm } from './override-form.js';
import { ProgressForm } from './progress-form.js';
import { RecentMeasurements } from './recent-measurements.js';
import { UploadForm } from './upload-form.js';

type Tab = EntryTab;

/** Invoeren: measurements, uploads, effort progress and overrides. */
export function EntryPage() {
  const { t } = useTranslation();
  const model = useModel();
  // Only the tabs the server says this user may use; none: a line saying why, no empty forms.
  const allowed = entryTabs(useAccess());
  const initial = new URLSearchParams(window.location.search).get('tab');
  const [chosen, setTab] = useState<Tab | undefined>(allowed.find((k) => k === initial));
  const tab = chosen !== undefined && allowed.includes(chosen) ? chosen : allowed[0];
  const tabs = allowed.map((key) => ({ key, label: t(`entry.tab_${key}`) }));
  if (tab === undefined) return <Page title={t('entry.title')}><div className="card"><ReadOnlyNotice /></div></Page>;
  return (
    <Page title={t('entry.title')} intro={t('entry.intro')}>
      <Loaded resource={model.state} reload={model.reload}>
        {(m) => (
          <div className="card">
            <Tabs label={t('entry.title')} tabs={tabs} active={tab} onChange={setTab}>
              <div style={{ paddingTop: 'var(--space-4)' }}>
                {tab === 'measurement' && <><MeasurementForm model={m} /><hr className="divider" /><RecentMeasurements model={m} /></>}
                {tab === 'upload' && <UploadForm />}
                {tab === 'progress' && <ProgressForm model={m} />}
                {tab === 'override' && <OverrideForm />}
              </div>
            </Tabs>
          </div>
        )}
      </Loaded>
    </Page>
  );
}
